import type { StateCreator } from 'zustand';
import type { BBox } from '../domain/geo';
import type { AppState } from './index';

/** Where the map looks. Written by the map on moveend; React components do not subscribe to it. */
export type Camera = { center: [number, number]; zoom: number };
/** A move the app asks of the map (a URL, Back/Forward, a search result); `seq` makes repeats count. */
export type CameraRequest = ({ camera: Camera } | { bounds: BBox }) & { seq: number };

export type CameraSlice = {
  /** null until the map reports or a URL sets it: the map then fits the whole city. */
  camera: Camera | null;
  cameraRequest: CameraRequest | null;
  setCamera: (camera: Camera) => void;
  requestCamera: (target: { camera: Camera } | { bounds: BBox }) => void;
};

export const createCameraSlice: StateCreator<AppState, [], [], CameraSlice> = (set) => {
  let seq = 0; // this store's requests
  return {
    camera: null,
    cameraRequest: null,
    setCamera: (camera) => set({ camera }),
    requestCamera: (target) => set({ cameraRequest: { ...target, seq: ++seq } }),
  };
};

#pragma once

#include "volume/SkinMask.h"
#include "volume/Volume.h"

#include <QString>

#include <vtkPolyData.h>
#include <vtkSmartPointer.h>

#include <array>
#include <atomic>
#include <functional>
#include <optional>

namespace scanshield::viewer {

// How the skin surface of a head is made from a volume. The defaults aim at a surface that
// turns smoothly under a software GL (llvmpipe): about 400k triangles at most (TOOLCHAIN.md:
// ~75 ms a frame), built in a second or two from a 512x512x300 CT.
struct HeadSurfaceOptions {
    // The value between air and skin, in the volume's own values. Unset: the face pass's own
    // (volume::skinThreshold: -500 HU for CT, just above the background noise for MRI), so the
    // picture shows the skin the face measures were taken on.
    std::optional<double> threshold;
    // Voxels finer than this (mm) are averaged in blocks first: a finer surface costs frames
    // per second without showing more of the face.
    double finestStepMm = 1.0;
    // If the surface still has more triangles, it is made again from a coarser grid.
    int maxTriangles = 400000;
    // Windowed-sinc smoothing: takes the staircase off the surface without shrinking it.
    int smoothingIterations = 20;
    double smoothingPassBand = 0.05;
    // Only the head: what lies outside the face pass's skin mask (volume/SkinMask.h: the
    // largest body, cut loose from thin things touching it, cavities filled) is left out, and
    // of the surface only the largest piece is kept. No table, head holder, cables or noise.
    bool headOnly = true;
    // The lighter copy drawn while a person turns the head: on llvmpipe a frame costs about
    // 0.3 ms of CPU per thousand triangles, mostly on one thread, so 300k triangles turn at
    // 10-20 frames per second on an idle 2-core machine and half that on a busy one; 80k turn
    // smoothly on either. 0: no lighter copy.
    int previewTriangles = 80000;
};

// Progress (0..1) is reported from the building thread; the flag, when given, is looked at
// between the steps and inside the longer ones, and stops the work early.
struct HeadSurfaceControl {
    std::function<void(double)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct HeadSurface {
    // Triangles in patient coordinates (LPS, mm) with outward point normals; empty when nothing
    // was found or the work was cancelled.
    vtkSmartPointer<vtkPolyData> polyData;
    // The same head with about a quarter of the triangles (from the grid averaged once more),
    // for turning; polyData itself when that is small enough already; null when polyData is.
    vtkSmartPointer<vtkPolyData> preview;
    double threshold = 0.0;
    std::array<int, 3> blockSize{1, 1, 1}; // voxels averaged along i, j, k
    bool cancelled = false;
    QString problem; // why there is no surface, in words for a person; empty when there is one

    bool isEmpty() const;
    long long triangleCount() const;
};

// Volume -> skin surface: block averaging when the voxels are fine (threaded), the skin mask
// (only the head), flying edges at the threshold (threaded), the largest connected piece,
// windowed-sinc smoothing (threaded), then the volume's orientation and origin so the points
// are in patient mm, and normals; then the same from a grid averaged once more for the
// lighter copy. About a second for a 512x512x300 CT on two cores.
// Safe to call from any thread; the volume must stay alive and unchanged during the call.
HeadSurface buildHeadSurface(const volume::Volume& volume, const HeadSurfaceOptions& options = {},
                             const HeadSurfaceControl& control = {});
// The same with the head's skin mask already made (the face pass makes one for every head
// series: volume::makeSkinMask), which saves about half a second on a big CT. The mask's
// threshold is used; options.threshold is not.
HeadSurface buildHeadSurface(const volume::Volume& volume, const volume::SkinMask& skin,
                             const HeadSurfaceOptions& options = {}, const HeadSurfaceControl& control = {});

} // namespace scanshield::viewer

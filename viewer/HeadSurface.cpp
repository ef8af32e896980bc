#include "viewer/HeadSurface.h"

#include "volume/SkinMask.h"

#include <QCoreApplication>

#include <vtkAlgorithm.h>
#include <vtkCallbackCommand.h>
#include <vtkCellArray.h>
#include <vtkDataArray.h>
#include <vtkDoubleArray.h>
#include <vtkFloatArray.h>
#include <vtkFlyingEdges3D.h>
#include <vtkImageData.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyDataConnectivityFilter.h>
#include <vtkShortArray.h>
#include <vtkTriangleMeshPointNormals.h>
#include <vtkWindowedSincPolyDataFilter.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace scanshield::viewer {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "HeadSurface" (docs/ARCHITECTURE.md, "Translations").
class HeadSurfaceText {
    Q_DECLARE_TR_FUNCTIONS(HeadSurface)
};

constexpr int kMaxAttempts = 4; // the grid gets coarser each time the surface is too fine
// Up to this many voxels the skin mask is made on the volume's own grid (about 0.4 s on one
// core); beyond, on the averaged grid (a 512x512x300 CT would take 1-1.5 s, too long before
// the first picture).
constexpr std::size_t kFullGridMaskVoxels = std::size_t(32) << 20;

// Runs body(first, end) over [0, count) in a few slices, one thread each. Not vtkSMPTools:
// VTK 9.1's vtkSMPTools.h does not compile as C++20 (a constructor declared with a
// template-id), and its TBB headers clash with Qt's `emit` macro.
template <typename Body>
void parallelFor(long long count, const Body& body)
{
    const long long threads = std::clamp<long long>(std::thread::hardware_concurrency(), 1, std::max(1LL, count));
    std::vector<std::thread> workers;
    for (long long t = 1; t < threads; ++t)
        workers.emplace_back([&, t] { body(count * t / threads, count * (t + 1) / threads); });
    body(0, count / threads);
    for (std::thread& worker : workers)
        worker.join();
}

// Maps the progress of one step (0..1) into the whole build's range, never going backwards,
// and turns the cancel flag into VTK's abort request while a filter runs.
class ProgressRelay {
public:
    explicit ProgressRelay(const HeadSurfaceControl& control) : control_(control) {}

    bool cancelled() const { return control_.cancel && control_.cancel->load(std::memory_order_relaxed); }

    void report(double fraction)
    {
        std::lock_guard lock(mutex_); // VTK's threaded filters may report from several threads
        fraction = std::clamp(fraction, 0.0, 1.0);
        if (fraction <= reported_)
            return;
        reported_ = fraction;
        if (control_.progress)
            control_.progress(fraction);
    }

    // Runs `filter` as the part [from, to] of the build.
    void run(vtkAlgorithm* filter, double from, double to)
    {
        from_ = from;
        to_ = to;
        vtkNew<vtkCallbackCommand> observer;
        observer->SetClientData(this);
        observer->SetCallback([](vtkObject* caller, unsigned long, void* clientData, void* callData) {
            auto* relay = static_cast<ProgressRelay*>(clientData);
            const double stepFraction = callData ? *static_cast<double*>(callData) : 0.0;
            relay->report(relay->from_ + (relay->to_ - relay->from_) * stepFraction);
            if (relay->cancelled())
                static_cast<vtkAlgorithm*>(caller)->SetAbortExecute(1);
        });
        const unsigned long tag = filter->AddObserver(vtkCommand::ProgressEvent, observer);
        filter->Update();
        filter->RemoveObserver(tag);
        report(to);
    }

private:
    const HeadSurfaceControl& control_;
    std::mutex mutex_;
    double reported_ = 0.0;
    double from_ = 0.0;
    double to_ = 0.0;
};

// Voxels averaged per block along i, j, k so each step is about `finestStepMm` or more.
std::array<int, 3> initialBlockSize(const volume::Volume& volume, double finestStepMm)
{
    std::array<int, 3> block{1, 1, 1};
    for (int a = 0; a < 3; ++a)
        if (volume.spacing[a] > 0.0)
            block[a] = std::max(1, int(std::lround(finestStepMm / volume.spacing[a])));
    return block;
}

// Triangles grow with the square of the grid's resolution: make the steps `ratio` times
// longer, at least one more voxel along the finest axis so every attempt is coarser.
std::array<int, 3> coarserBlockSize(const volume::Volume& volume, std::array<int, 3> block, double ratio)
{
    double coarsestStep = 0.0;
    for (int a = 0; a < 3; ++a)
        coarsestStep = std::max(coarsestStep, block[a] * volume.spacing[a]);
    const double target = coarsestStep * ratio;
    std::array<int, 3> next = block;
    for (int a = 0; a < 3; ++a)
        if (volume.spacing[a] > 0.0)
            next[a] = std::max(block[a], int(std::lround(target / volume.spacing[a])));
    if (next == block) {
        int finest = 0;
        for (int a = 1; a < 3; ++a)
            if (block[a] * volume.spacing[a] < block[finest] * volume.spacing[finest])
                finest = a;
        ++next[finest];
    }
    return next;
}

// Values on a regular grid, read-only: a volume's, or a grid made from them.
struct GridValues {
    const std::int16_t* values = nullptr;
    std::array<int, 3> size{};
};

// The mean of every whole block of `block` values (a partial block at the far edges is left
// out: less than a block of the scan's border).
std::vector<std::int16_t> blockMeans(const GridValues& in, std::array<int, 3> block, std::array<int, 3>& size,
                                     const ProgressRelay& relay)
{
    for (int a = 0; a < 3; ++a)
        size[std::size_t(a)] = in.size[std::size_t(a)] / block[std::size_t(a)];
    const std::size_t count = std::size_t(size[0]) * std::size_t(size[1]) * std::size_t(size[2]);
    std::vector<std::int16_t> out(count);
    const int blockVoxels = block[0] * block[1] * block[2];
    parallelFor(size[2], [&](long long firstSlice, long long endSlice) {
        for (long long K = firstSlice; K < endSlice && !relay.cancelled(); ++K)
            for (long long J = 0; J < size[1]; ++J) {
                std::int16_t* row = out.data() + (K * size[1] + J) * size[0];
                for (long long I = 0; I < size[0]; ++I) {
                    int sum = 0;
                    for (long long k = K * block[2]; k < (K + 1) * block[2]; ++k)
                        for (long long j = J * block[1]; j < (J + 1) * block[1]; ++j) {
                            const std::int16_t* p = in.values + I * block[0] + in.size[0] * (j + in.size[1] * k);
                            for (int i = 0; i < block[0]; ++i)
                                sum += p[i];
                        }
                    row[I] = std::int16_t(sum / blockVoxels);
                }
            }
    });
    return out;
}

// Which blocks lie inside the head: kOutside, kInside, or kPartly (the skin runs through it).
enum BlockSide : std::uint8_t { kOutside = 0, kInside = 1, kPartly = 2 };

std::vector<std::uint8_t> blockSides(const std::uint8_t* inside, std::array<int, 3> inSize, std::array<int, 3> block,
                                     std::array<int, 3> size)
{
    const std::size_t count = std::size_t(size[0]) * std::size_t(size[1]) * std::size_t(size[2]);
    std::vector<std::uint8_t> out(count);
    parallelFor(size[2], [&](long long firstSlice, long long endSlice) {
        for (long long K = firstSlice; K < endSlice; ++K)
            for (long long J = 0; J < size[1]; ++J)
                for (long long I = 0; I < size[0]; ++I) {
                    bool any = false, all = true;
                    for (long long k = K * block[2]; k < (K + 1) * block[2]; ++k)
                        for (long long j = J * block[1]; j < (J + 1) * block[1]; ++j) {
                            const std::uint8_t* p = inside + I * block[0] + inSize[0] * (j + inSize[1] * k);
                            for (int i = 0; i < block[0]; ++i) {
                                any = any || p[i];
                                all = all && p[i];
                            }
                        }
                    out[std::size_t((K * size[1] + J) * size[0] + I)] = all ? kInside : any ? kPartly : kOutside;
                }
    });
    return out;
}

// `values` (the volume's, or its skin field) averaged in blocks: a volume of its own, placed in
// the patient where the blocks are (each block's value sits at the middle of its voxels).
volume::Volume averagedVolume(const volume::Volume& volume, const std::int16_t* values, std::array<int, 3> block,
                              const ProgressRelay& relay)
{
    volume::Volume averaged;
    std::array<int, 3> size{};
    averaged.values = blockMeans({values, {volume.width, volume.height, volume.depth}}, block, size, relay);
    averaged.width = size[0];
    averaged.height = size[1];
    averaged.depth = size[2];
    averaged.origin = volume.toPatient((block[0] - 1) * 0.5, (block[1] - 1) * 0.5, (block[2] - 1) * 0.5);
    averaged.rowDirection = volume.rowDirection;
    averaged.columnDirection = volume.columnDirection;
    averaged.sliceDirection = volume.sliceDirection;
    for (int a = 0; a < 3; ++a)
        averaged.spacing[std::size_t(a)] = block[std::size_t(a)] * volume.spacing[std::size_t(a)];
    averaged.seriesUid = volume.seriesUid;
    averaged.modality = volume.modality;
    return averaged;
}

// What the surface is cut from: the values inside a one-voxel border of air, so the surface
// closes where the scan ends (a neck cut off at the bottom of the scan gets a lid, not a hole
// into the head). With the head's skin mask (`sides`, BlockSide), whatever lies wholly outside
// the head becomes air (a CT head holder touching an ear, MRI noise stuck to the neck) and
// whatever lies wholly inside becomes tissue (filled sinuses would otherwise add surfaces
// nobody sees, at the cost of frames); where the skin runs through, the values stay as they
// are, so the surface lies where the scan puts it. The grid is in the volume's own axes, in mm, with (0, 0, 0) at voxel (0, 0, 0):
// placing it in the patient is done on the surface's points afterwards, which is exact for any
// orientation, tilted stacks included.
vtkSmartPointer<vtkImageData> paddedGrid(const GridValues& in, const std::uint8_t* sides, double threshold,
                                         std::array<double, 3> spacing, std::array<double, 3> origin)
{
    const vtkIdType w = in.size[0], h = in.size[1], d = in.size[2];
    const vtkIdType gw = w + 2, gh = h + 2, gd = d + 2;
    const int cut = int(std::floor(std::clamp(threshold, -32000.0, 32000.0)));
    const std::int16_t air = std::int16_t(cut - 1), tissue = std::int16_t(cut + 1);
    vtkNew<vtkShortArray> values;
    values->SetNumberOfValues(gw * gh * gd);
    std::int16_t* out = values->GetPointer(0);
    std::fill(out, out + gw * gh * gd, air);
    parallelFor(d, [&](long long firstSlice, long long endSlice) {
        for (long long k = firstSlice; k < endSlice; ++k)
            for (long long j = 0; j < h; ++j) {
                const std::size_t base = std::size_t((k * h + j) * w);
                const std::int16_t* row = in.values + base;
                std::int16_t* target = out + ((k + 1) * gh + (j + 1)) * gw + 1;
                if (!sides) {
                    std::copy(row, row + w, target);
                    continue;
                }
                const std::uint8_t* side = sides + base;
                for (long long i = 0; i < w; ++i)
                    target[i] = side[i] == kInside    ? std::max(row[i], tissue)
                                : side[i] == kOutside ? std::min(row[i], air)
                                                      : row[i];
            }
    });
    auto grid = vtkSmartPointer<vtkImageData>::New();
    grid->SetDimensions(int(gw), int(gh), int(gd));
    grid->SetSpacing(spacing.data());
    const double withBorder[3] = {origin[0] - spacing[0], origin[1] - spacing[1], origin[2] - spacing[2]};
    grid->SetOrigin(withBorder);
    grid->GetPointData()->SetScalars(values);
    return grid;
}

// The connectivity filter keeps every point of its input, those of the pieces it dropped too:
// they would count in the bounds (the camera would frame the table) and be smoothed for nothing.
vtkSmartPointer<vtkPolyData> withoutUnusedPoints(vtkPolyData* input)
{
    vtkPoints* points = input->GetPoints();
    std::vector<vtkIdType> newId(std::size_t(points->GetNumberOfPoints()), -1);
    vtkIdType used = 0;
    vtkCellArray* polys = input->GetPolys();
    vtkNew<vtkCellArray> remapped;
    remapped->AllocateExact(polys->GetNumberOfCells(), polys->GetNumberOfConnectivityIds());
    vtkIdType count = 0;
    const vtkIdType* ids = nullptr;
    std::vector<vtkIdType> cell;
    for (polys->InitTraversal(); polys->GetNextCell(count, ids);) {
        cell.resize(std::size_t(count));
        for (vtkIdType n = 0; n < count; ++n) {
            vtkIdType& id = newId[std::size_t(ids[n])];
            if (id < 0)
                id = used++;
            cell[std::size_t(n)] = id;
        }
        remapped->InsertNextCell(count, cell.data());
    }
    vtkNew<vtkPoints> kept;
    kept->SetDataType(points->GetDataType());
    kept->SetNumberOfPoints(used);
    for (vtkIdType id = 0; id < points->GetNumberOfPoints(); ++id)
        if (newId[std::size_t(id)] >= 0)
            kept->SetPoint(newId[std::size_t(id)], points->GetPoint(id));
    auto output = vtkSmartPointer<vtkPolyData>::New();
    output->SetPoints(kept);
    output->SetPolys(remapped);
    return output;
}

long long trianglesOf(vtkPolyData* polyData)
{
    return polyData ? static_cast<long long>(polyData->GetNumberOfPolys()) : 0;
}

// From the grid's axes (mm along i, j, k) to patient coordinates, on the coordinates in
// place (each thread its own points; no VTK call that might touch shared state).
template <typename Real>
void placeInPatient(Real* xyz, vtkIdType count, const volume::Volume& volume)
{
    const volume::Vec3 &r = volume.rowDirection, &c = volume.columnDirection, &s = volume.sliceDirection,
                       &o = volume.origin;
    parallelFor(count, [&](long long first, long long end) {
        for (long long id = first; id < end; ++id) {
            Real* p = xyz + 3 * id;
            const double x = p[0], y = p[1], z = p[2];
            for (int a = 0; a < 3; ++a)
                p[a] = Real(o[a] + x * r[a] + y * c[a] + z * s[a]);
        }
    });
}

void placeInPatient(vtkPoints* points, const volume::Volume& volume)
{
    vtkDataArray* data = points->GetData();
    if (auto* floats = vtkFloatArray::FastDownCast(data))
        placeInPatient(floats->GetPointer(0), points->GetNumberOfPoints(), volume);
    else if (auto* doubles = vtkDoubleArray::FastDownCast(data))
        placeInPatient(doubles->GetPointer(0), points->GetNumberOfPoints(), volume);
    else // not made by the filters used here; kept correct anyway
        for (vtkIdType id = 0; id < points->GetNumberOfPoints(); ++id) {
            double p[3];
            points->GetPoint(id, p);
            placeInPatient(p, 1, volume);
            points->SetPoint(id, p);
        }
    points->Modified();
}

// Normals follow the triangles' winding, which depends on the contouring's convention and on
// the handedness of the volume's axes. Lighting needs them to point out of the head.
bool pointsOutwards(vtkPolyData* polyData)
{
    vtkDataArray* normals = polyData->GetPointData()->GetNormals();
    vtkPoints* points = polyData->GetPoints();
    if (!normals || !points || points->GetNumberOfPoints() == 0)
        return true;
    double centre[3] = {0, 0, 0};
    const vtkIdType n = points->GetNumberOfPoints();
    for (vtkIdType id = 0; id < n; ++id) {
        double p[3];
        points->GetPoint(id, p);
        for (int a = 0; a < 3; ++a)
            centre[a] += p[a] / double(n);
    }
    double outwards = 0.0;
    for (vtkIdType id = 0; id < n; ++id) {
        double p[3], m[3];
        points->GetPoint(id, p);
        normals->GetTuple(id, m);
        outwards += (p[0] - centre[0]) * m[0] + (p[1] - centre[1]) * m[1] + (p[2] - centre[2]) * m[2];
    }
    return outwards >= 0.0;
}

void reverseTriangles(vtkPolyData* polyData)
{
    vtkCellArray* polys = polyData->GetPolys();
    vtkNew<vtkCellArray> reversed;
    reversed->AllocateExact(polys->GetNumberOfCells(), polys->GetNumberOfConnectivityIds());
    vtkIdType count = 0;
    const vtkIdType* ids = nullptr;
    std::vector<vtkIdType> flipped;
    for (polys->InitTraversal(); polys->GetNextCell(count, ids);) {
        flipped.assign(ids, ids + count);
        std::reverse(flipped.begin(), flipped.end());
        reversed->InsertNextCell(count, flipped.data());
    }
    polyData->SetPolys(reversed);
}

vtkSmartPointer<vtkPolyData> withNormals(vtkPolyData* surface)
{
    vtkNew<vtkTriangleMeshPointNormals> normals;
    normals->SetInputData(surface);
    normals->Update();
    auto result = vtkSmartPointer<vtkPolyData>::New();
    result->ShallowCopy(normals->GetOutput()); // cut loose from the pipeline
    return result;
}

// Point normals that point out of the head: if most point inwards, every triangle is turned
// over and the normals made again.
vtkSmartPointer<vtkPolyData> withOutwardNormals(vtkPolyData* surface)
{
    vtkSmartPointer<vtkPolyData> result = withNormals(surface);
    if (!pointsOutwards(result)) {
        reverseTriangles(surface);
        result = withNormals(surface);
    }
    return result;
}

// Flying edges at the threshold (threaded), then the largest connected piece alone.
vtkSmartPointer<vtkPolyData> contourHead(vtkImageData* grid, double threshold, bool largestPieceOnly,
                                         ProgressRelay& relay, double from, double to)
{
    const double middle = 0.5 * (from + to);
    vtkNew<vtkFlyingEdges3D> contour;
    contour->SetInputData(grid);
    contour->SetValue(0, threshold);
    contour->ComputeNormalsOff(); // made after smoothing, from the final shape
    contour->ComputeGradientsOff();
    contour->ComputeScalarsOff();
    relay.run(contour, from, middle);
    vtkSmartPointer<vtkPolyData> head = contour->GetOutput();
    if (!largestPieceOnly || trianglesOf(head) == 0 || relay.cancelled())
        return head;
    vtkNew<vtkPolyDataConnectivityFilter> largest;
    largest->SetInputData(head);
    largest->SetExtractionModeToLargestRegion();
    relay.run(largest, middle, to);
    return withoutUnusedPoints(largest->GetOutput());
}

// Smoothed (windowed sinc, threaded), in patient coordinates, with outward normals.
vtkSmartPointer<vtkPolyData> finishedSurface(vtkPolyData* head, const volume::Volume& grid,
                                             const HeadSurfaceOptions& options, ProgressRelay& relay, double from,
                                             double to)
{
    auto surface = vtkSmartPointer<vtkPolyData>::New();
    if (options.smoothingIterations > 0) {
        vtkNew<vtkWindowedSincPolyDataFilter> smoother;
        smoother->SetInputData(head);
        smoother->SetNumberOfIterations(options.smoothingIterations);
        smoother->SetPassBand(options.smoothingPassBand);
        smoother->NormalizeCoordinatesOn(); // the pass band then means the same for any head size
        smoother->FeatureEdgeSmoothingOff();
        smoother->BoundarySmoothingOff();
        smoother->NonManifoldSmoothingOn();
        relay.run(smoother, from, from + 0.9 * (to - from));
        if (relay.cancelled())
            return nullptr;
        surface->ShallowCopy(smoother->GetOutput());
    } else {
        surface->DeepCopy(head);
    }
    auto points = vtkSmartPointer<vtkPoints>::New();
    points->DeepCopy(surface->GetPoints()); // moved below: not shared with a filter's output
    surface->SetPoints(points);
    placeInPatient(points, grid);
    vtkSmartPointer<vtkPolyData> result = withOutwardNormals(surface);
    relay.report(to);
    return result;
}

HeadSurface buildFrom(const volume::Volume& volume, const volume::SkinMask* givenSkin, const HeadSurfaceOptions& options,
                      const HeadSurfaceControl& control)
{
    HeadSurface result;
    ProgressRelay relay(control);
    const auto cancelled = [&] {
        if (!relay.cancelled())
            return false;
        result = HeadSurface{};
        result.cancelled = true;
        result.problem = HeadSurfaceText::tr("The 3D picture was stopped before it was finished.");
        return true;
    };
    if (volume.isEmpty() || volume.values.size() != std::size_t(volume.width) * volume.height * volume.depth) {
        result.problem = HeadSurfaceText::tr("This series has no pictures to build a head from.");
        return result;
    }
    result.threshold = givenSkin ? givenSkin->threshold
                                 : options.threshold ? *options.threshold : volume::skinThreshold(volume);

    // The head as the face pass sees it: its skin mask, given or made on the volume's own grid
    // (the best cut from a head holder), or for big volumes made on the averaged grid (a
    // quarter of the time; the walls of a head holder come off less well); and for MRI the
    // lightly smoothed values the mask was cut from.
    const volume::SkinMask* skin = givenSkin;
    volume::SkinMask fullGridSkin;
    if (options.headOnly && !skin && volume.values.size() <= kFullGridMaskVoxels) {
        fullGridSkin = volume::makeSkinMask(volume, result.threshold);
        skin = &fullGridSkin;
    }
    const bool useFullGridSkin = options.headOnly && skin && skin->inside.size() == volume.values.size();
    if (useFullGridSkin && skin->isEmpty()) {
        result.problem = HeadSurfaceText::tr("ScanShield found no outline of a head in this series.");
        return result;
    }
    const std::int16_t* field = useFullGridSkin ? volume::skinField(volume, *skin).values : volume.values.data();
    const std::array<int, 3> fullSize{volume.width, volume.height, volume.depth};

    // Average, find the head, contour, and check the size; a surface over budget is made again
    // from a coarser grid (contouring is fast: about 0.15 s for 400^3 voxels).
    result.blockSize = initialBlockSize(volume, options.finestStepMm);
    volume::Volume averaged; // the values averaged in blocks, when blocks are bigger than a voxel
    const volume::Volume* reduced = &volume;
    vtkSmartPointer<vtkImageData> grid;
    vtkSmartPointer<vtkPolyData> head;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const bool averaging = result.blockSize != std::array<int, 3>{1, 1, 1};
        if (averaging) {
            averaged = averagedVolume(volume, field, result.blockSize, relay);
            reduced = &averaged;
        }
        if (cancelled())
            return result;
        if (reduced->width < 2 || reduced->height < 2 || reduced->depth < 2) {
            result.problem = HeadSurfaceText::tr("This series is too small to build a head from.");
            return result;
        }
        relay.report(0.15);
        const std::array<int, 3> size{reduced->width, reduced->height, reduced->depth};
        const std::int16_t* values = averaging ? reduced->values.data() : field;
        std::vector<std::uint8_t> sides;       // BlockSide per value, when only the head is wanted
        std::vector<std::int16_t> smoothedMri; // what an MRI's mask was cut from, past the mask
        if (useFullGridSkin) {
            sides = averaging ? blockSides(skin->inside.data(), fullSize, result.blockSize, size) : skin->inside;
        } else if (options.headOnly) {
            volume::SkinMask gridSkin = volume::makeSkinMask(*reduced, result.threshold);
            if (gridSkin.isEmpty()) {
                result.problem = HeadSurfaceText::tr("ScanShield found no outline of a head in this series.");
                return result;
            }
            if (!gridSkin.smoothedValues.empty()) {
                smoothedMri = std::move(gridSkin.smoothedValues);
                values = smoothedMri.data();
            }
            sides = std::move(gridSkin.inside);
        }
        if (cancelled())
            return result;
        relay.report(0.3);
        grid = paddedGrid({values, size}, sides.empty() ? nullptr : sides.data(), result.threshold, reduced->spacing,
                          {0.0, 0.0, 0.0});
        head = contourHead(grid, result.threshold, options.headOnly, relay, 0.3, 0.45);
        if (cancelled())
            return result;
        const long long triangles = trianglesOf(head);
        if (triangles <= options.maxTriangles || attempt == kMaxAttempts - 1)
            break;
        result.blockSize = coarserBlockSize(volume, result.blockSize,
                                            1.05 * std::sqrt(double(triangles) / options.maxTriangles));
    }
    if (trianglesOf(head) == 0) {
        result.problem = HeadSurfaceText::tr("ScanShield found no outline of a head in this series.");
        return result;
    }
    result.polyData = finishedSurface(head, *reduced, options, relay, 0.45, 0.85);
    if (cancelled())
        return result;

    // The lighter copy for turning: the same steps from the grid averaged again, which keeps
    // it one closed, consistently wound surface (decimating the fine one does not, or is slow).
    const long long fine = trianglesOf(result.polyData);
    result.preview = result.polyData;
    if (options.previewTriangles > 0 && fine > options.previewTriangles) {
        const int factor = std::max(2, int(std::lround(std::sqrt(double(fine) / options.previewTriangles))));
        const std::array<int, 3> block{factor, factor, factor};
        std::array<int, 3> size{};
        int gridSize[3];
        grid->GetDimensions(gridSize);
        const std::vector<std::int16_t> coarse =
            blockMeans({static_cast<const std::int16_t*>(grid->GetScalarPointer()), {gridSize[0], gridSize[1], gridSize[2]}},
                       block, size, relay);
        if (cancelled())
            return result;
        if (size[0] >= 2 && size[1] >= 2 && size[2] >= 2) {
            // In the same axes as the fine grid: block 0 at the middle of the grid values it
            // averages, the first of which is the fine grid's border.
            std::array<double, 3> spacing{}, origin{};
            for (int a = 0; a < 3; ++a) {
                spacing[std::size_t(a)] = factor * reduced->spacing[std::size_t(a)];
                origin[std::size_t(a)] = (0.5 * (factor - 1) - 1.0) * reduced->spacing[std::size_t(a)];
            }
            vtkSmartPointer<vtkImageData> coarseGrid =
                paddedGrid({coarse.data(), size}, nullptr, result.threshold, spacing, origin);
            vtkSmartPointer<vtkPolyData> light = contourHead(coarseGrid, result.threshold, true, relay, 0.85, 0.9);
            if (cancelled())
                return result;
            if (trianglesOf(light) > 0)
                result.preview = finishedSurface(light, *reduced, options, relay, 0.9, 1.0);
            if (cancelled())
                return result;
        }
    }
    relay.report(1.0);
    return result;
}

} // namespace

bool HeadSurface::isEmpty() const
{
    return triangleCount() == 0;
}

long long HeadSurface::triangleCount() const
{
    return trianglesOf(polyData);
}

HeadSurface buildHeadSurface(const volume::Volume& volume, const HeadSurfaceOptions& options,
                             const HeadSurfaceControl& control)
{
    return buildFrom(volume, nullptr, options, control);
}

HeadSurface buildHeadSurface(const volume::Volume& volume, const volume::SkinMask& skin,
                             const HeadSurfaceOptions& options, const HeadSurfaceControl& control)
{
    return buildFrom(volume, &skin, options, control);
}

} // namespace scanshield::viewer

#include "volume/SoftwareRenderer.h"

#include "volume/FaceSide.h"
#include "volume/VectorMath.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numbers>
#include <thread>

namespace scanshield::volume {

namespace {

// Lighting. A key light from the viewer's side and above throws the soft shadows under the
// brows, the nose and the lips that make a face read as a face; a weaker light from the
// viewer's eye keeps every visible part of the skin lit. Both lie in the vertical plane
// through the view, so a symmetric head gives a symmetric picture.
constexpr double kAmbient = 0.06;
constexpr double kKeyLight = 0.66;
constexpr double kFillLight = 0.22;
constexpr double kKeyLightRise = 0.8; // key light about 40 degrees above the view
constexpr double kDepthCue = 0.35;    // the far side of the head is this much darker
constexpr double kGamma = 1.0 / 1.6;  // a mild lift of the shadows, not full sRGB: keeps relief

// The camera and the volume, in the terms the rays need.
struct Scene {
    const Volume* volume = nullptr;
    const SkinMask* mask = nullptr;
    SkinField field; // what the skin is the iso-surface of
    Vec3 toCamera{}, view{}, right{}, up{};
    Vec3 pixelOrigin{}, pixelRight{}, pixelDown{};
    // The same in voxel coordinates: rays are marched on the grid.
    Vec3 voxelOrigin{}, voxelRight{}, voxelDown{}, voxelView{};
    Vec3 gradientRows[3]{}; // see renderSkin
    Vec3 boxLow{}, boxHigh{}; // the head's voxel box, in continuous voxel coordinates
    bool cutLow[3]{}, cutHigh[3]{}; // whether the head touches the scan's edge at that face
    double stepMm = 0.5;      // march step along the ray
    double voxelReachMm = 2.0; // how far past a mask voxel's centre the skin is looked for
    double backtrackMm = 4.0;  // how far before it
    double threshold = 0;
    double nearDepth = 0, farDepth = 1; // of the head from the image plane: for the depth cue
    Vec3 keyLight{};

    // Which blocks of kBlock^3 voxels hold any of the head: rays leap over the others, which
    // is most of their way (the air in front of the face).
    static constexpr int kBlock = 8;
    int blocksI = 0, blocksJ = 0;
    std::vector<std::uint8_t> occupied;
    bool occupiedAt(int i, int j, int k) const
    {
        return occupied[std::size_t(i / kBlock) +
                        std::size_t(blocksI) * (std::size_t(j / kBlock) + std::size_t(blocksJ) * std::size_t(k / kBlock))];
    }
};

void markOccupiedBlocks(Scene& s)
{
    const SkinMask& m = *s.mask;
    constexpr int b = Scene::kBlock;
    s.blocksI = (m.width + b - 1) / b;
    s.blocksJ = (m.height + b - 1) / b;
    const int blocksK = (m.depth + b - 1) / b;
    s.occupied.assign(std::size_t(s.blocksI) * std::size_t(s.blocksJ) * std::size_t(blocksK), 0);
    for (int k = m.minK; k <= m.maxK; ++k)
        for (int j = m.minJ; j <= m.maxJ; ++j) {
            const std::uint8_t* row = m.inside.data() + m.indexOf(0, j, k);
            const std::uint8_t* end = row + m.maxI + 1;
            for (const void* p = row + m.minI; p; ) {
                p = std::memchr(p, 1, std::size_t(end - static_cast<const std::uint8_t*>(p)));
                if (!p)
                    break;
                const int i = int(static_cast<const std::uint8_t*>(p) - row);
                s.occupied[std::size_t(i / b) + std::size_t(s.blocksI) * (std::size_t(j / b) + std::size_t(s.blocksJ) * std::size_t(k / b))] = 1;
                const int next = (i / b + 1) * b; // the rest of this block is known now
                p = next <= m.maxI ? row + next : nullptr;
            }
        }
}

// Where the ray leaves the block holding voxel (i, j, k): nearest-voxel lookups change block
// half a voxel before the block's first voxel index.
double leaveBlock(const Scene& s, const Vec3& origin, int i, int j, int k)
{
    constexpr int b = Scene::kBlock;
    const int index[3] = {i / b, j / b, k / b};
    double exit = std::numeric_limits<double>::infinity();
    for (std::size_t a = 0; a < 3; ++a) {
        const double d = s.voxelView[a];
        if (std::abs(d) < 1e-12)
            continue;
        const double wall = d > 0 ? (index[a] + 1) * b - 0.5 : index[a] * b - 0.5;
        exit = std::min(exit, (wall - origin[a]) / d);
    }
    return exit;
}

// Trilinear interpolation of the field at a voxel position, clamped to the grid.
double sampleField(const SkinField& f, const Vec3& p)
{
    const double x = std::clamp(p[0], 0.0, double(f.width - 1));
    const double y = std::clamp(p[1], 0.0, double(f.height - 1));
    const double z = std::clamp(p[2], 0.0, double(f.depth - 1));
    const int i = std::min(int(x), std::max(f.width - 2, 0));
    const int j = std::min(int(y), std::max(f.height - 2, 0));
    const int k = std::min(int(z), std::max(f.depth - 2, 0));
    const double fx = x - i, fy = y - j, fz = z - k;
    const int di = f.width > 1 ? 1 : 0;
    const std::size_t dj = f.height > 1 ? std::size_t(f.width) : 0;
    const std::size_t dk = f.depth > 1 ? std::size_t(f.width) * std::size_t(f.height) : 0;
    const std::int16_t* c = f.values + f.indexOf(i, j, k);
    auto lerp = [](double a, double b, double t) { return a + (b - a) * t; };
    const double c00 = lerp(c[0], c[di], fx), c10 = lerp(c[dj], c[dj + di], fx);
    const double c01 = lerp(c[dk], c[dk + di], fx), c11 = lerp(c[dk + dj], c[dk + dj + di], fx);
    return lerp(lerp(c00, c10, fy), lerp(c01, c11, fy), fz);
}

// The gradient of a field at a grid voxel: a 3x3x3 Sobel operator (a central difference
// along each axis, smoothed 1-2-1 across the other two), clamped at the edges. Smoothing
// matters: skin is a step only a voxel or two wide, and plain differences show every voxel.
template <typename Field>
Vec3 voxelGradient(const Field& field, int i, int j, int k, int width, int height, int depth)
{
    constexpr double kSmooth[3] = {1, 2, 1};
    constexpr double kDiff[3] = {-1, 0, 1};
    Vec3 g{0.0, 0.0, 0.0};
    for (int dk = -1; dk <= 1; ++dk)
        for (int dj = -1; dj <= 1; ++dj)
            for (int di = -1; di <= 1; ++di) {
                if (di == 0 && dj == 0 && dk == 0)
                    continue;
                const double f = field(std::clamp(i + di, 0, width - 1), std::clamp(j + dj, 0, height - 1),
                                       std::clamp(k + dk, 0, depth - 1));
                g[0] += kDiff[di + 1] * kSmooth[dj + 1] * kSmooth[dk + 1] * f;
                g[1] += kSmooth[di + 1] * kDiff[dj + 1] * kSmooth[dk + 1] * f;
                g[2] += kSmooth[di + 1] * kSmooth[dj + 1] * kDiff[dk + 1] * f;
            }
    return (1.0 / 32.0) * g;
}

// The outward skin normal at a voxel position, for a field that grows inward (values or
// mask). The gradients of the eight voxels around the point are blended trilinearly, which
// makes the normals continuous: differentiating the trilinear field itself would give normals
// that jump at every slice, and a face striped like a contour map.
template <typename Field>
Vec3 outwardNormal(const Scene& s, const Vec3& p, const Field& field)
{
    const int w = s.mask->width, h = s.mask->height, d = s.mask->depth;
    const double x = std::clamp(p[0], 0.0, double(w - 1));
    const double y = std::clamp(p[1], 0.0, double(h - 1));
    const double z = std::clamp(p[2], 0.0, double(d - 1));
    const int i = std::min(int(x), std::max(w - 2, 0)), j = std::min(int(y), std::max(h - 2, 0)),
              k = std::min(int(z), std::max(d - 2, 0));
    const double f[3] = {x - i, y - j, z - k};
    Vec3 g{0.0, 0.0, 0.0};
    for (int corner = 0; corner < 8; ++corner) {
        const int ci = std::min(i + (corner & 1), w - 1), cj = std::min(j + ((corner >> 1) & 1), h - 1),
                  ck = std::min(k + ((corner >> 2) & 1), d - 1);
        const double weight = ((corner & 1) ? f[0] : 1 - f[0]) * ((corner & 2) ? f[1] : 1 - f[1]) *
                              ((corner & 4) ? f[2] : 1 - f[2]);
        if (weight > 0)
            g = g + weight * voxelGradient(field, ci, cj, ck, w, h, d);
    }
    const Vec3 patient = g[0] * s.gradientRows[0] + g[1] * s.gradientRows[1] + g[2] * s.gradientRows[2];
    const double n = std::sqrt(dot(patient, patient));
    if (n < 1e-9)
        return s.toCamera;
    return (-1.0 / n) * patient;
}

// The skin's normal where a ray met the field's iso-surface. Seen from outside, skin always
// faces the viewer; where noise just under a thin skin tips the field's gradient away, the
// mask's own gradient is used, and failing that the view itself.
Vec3 surfaceNormal(const Scene& s, const Vec3& p)
{
    const Vec3 fromField = outwardNormal(s, p, [&](int a, int b, int c) { return double(s.field.at(a, b, c)); });
    if (dot(fromField, s.toCamera) > 0)
        return fromField;
    const Vec3 fromMask = outwardNormal(s, p, [&](int a, int b, int c) { return double(s.mask->at(a, b, c)); });
    return dot(fromMask, s.toCamera) > 0 ? fromMask : s.toCamera;
}

// Where the ray enters and leaves the head's voxel box, and through which axis's face it
// enters; false when it misses.
bool clipToBox(const Scene& s, const Vec3& origin, double& tEnter, double& tExit, int& enterAxis)
{
    tEnter = 0;
    tExit = std::numeric_limits<double>::infinity();
    enterAxis = -1;
    for (std::size_t a = 0; a < 3; ++a) {
        const double d = s.voxelView[a];
        if (std::abs(d) < 1e-12) {
            if (origin[a] < s.boxLow[a] || origin[a] > s.boxHigh[a])
                return false;
            continue;
        }
        double t0 = (s.boxLow[a] - origin[a]) / d;
        double t1 = (s.boxHigh[a] - origin[a]) / d;
        if (t0 > t1)
            std::swap(t0, t1);
        if (t0 > tEnter) {
            tEnter = t0;
            enterAxis = int(a);
        }
        tExit = std::min(tExit, t1);
    }
    return tEnter <= tExit;
}

struct Hit {
    double depth = 0;
    Vec3 normal{};
};

// Marches one ray to the first voxel of the head, then finds the smooth skin there: where
// the trilinear field of the values rises above the threshold. Only crossings that lead into
// the mask count, so a speck of noise or the table beside the head is never drawn.
std::optional<Hit> castRay(const Scene& s, const Vec3& origin)
{
    double tEnter = 0, tExit = 0;
    int enterAxis = -1;
    if (!clipToBox(s, origin, tEnter, tExit, enterAxis))
        return std::nullopt;
    // Where the head is cut by the edge of the scan (the neck, the top of a partial scan), the
    // ray enters it through the cut: that face of the box is then the surface.
    const bool entersThroughCut = enterAxis >= 0 && (s.voxelView[std::size_t(enterAxis)] > 0
                                                         ? s.cutLow[std::size_t(enterAxis)]
                                                         : s.cutHigh[std::size_t(enterAxis)]);
    const SkinMask& m = *s.mask;
    const SkinField& f = s.field;
    auto at = [&](double t) { return origin + t * s.voxelView; };
    auto above = [&](double t) { return sampleField(f, at(t)) > s.threshold; };
    const double fine = 0.25 * s.stepMm;
    for (double t = tEnter; t <= tExit;) {
        const Vec3 p = at(t);
        const int i = std::clamp(int(p[0] + 0.5), m.minI, m.maxI);
        const int j = std::clamp(int(p[1] + 0.5), m.minJ, m.maxJ);
        const int k = std::clamp(int(p[2] + 0.5), m.minK, m.maxK);
        if (!s.occupiedAt(i, j, k)) {
            t = std::max(t, leaveBlock(s, origin, i, j, k)) + 1e-3;
            continue;
        }
        if (!m.at(i, j, k)) {
            t += s.stepMm;
            continue;
        }

        // A point of the ray inside the skin, at most a voxel on.
        std::optional<double> inside;
        for (double u = t; u <= t + s.voxelReachMm && !inside; u += fine)
            if (above(u))
                inside = u;
        if (!inside) {
            if (f.at(i, j, k) > s.threshold) {
                t += s.stepMm; // the ray only clipped the corner of a voxel of skin: it goes on
                continue;
            }
            // A gap the mask bridged (closed lips) or a filled cavity: the mask is the skin.
            return Hit{t, outwardNormal(s, p, [&](int a, int b, int c) { return double(m.at(a, b, c)); })};
        }
        // Back to where this stretch above the threshold began: close to the voxel when the
        // ray meets the skin head-on, further back when it grazes it. Then bisection.
        const double limit = std::max(*inside - s.backtrackMm, entersThroughCut ? tEnter : -1e300);
        double outside = *inside - fine;
        while (outside > limit && above(outside))
            outside -= fine;
        if (entersThroughCut && outside <= tEnter && above(tEnter)) {
            const Vec3& g = s.gradientRows[std::size_t(enterAxis)];
            const double sign = s.voxelView[std::size_t(enterAxis)] > 0 ? -1.0 : 1.0;
            return Hit{tEnter, normalized(sign * g)};
        }
        double lo = outside, hi = *inside;
        for (int n = 0; n < 8; ++n) {
            const double mid = 0.5 * (lo + hi);
            (above(mid) ? hi : lo) = mid;
        }
        const double depth = 0.5 * (lo + hi);
        return Hit{depth, surfaceNormal(s, at(depth))};
    }
    return std::nullopt;
}

std::uint8_t shade(const Scene& s, const Hit& hit)
{
    const double key = std::max(0.0, dot(hit.normal, s.keyLight));
    const double fill = std::max(0.0, dot(hit.normal, s.toCamera));
    const double light = kAmbient + kKeyLight * key + kFillLight * fill;
    const double far = std::clamp((hit.depth - s.nearDepth) / std::max(s.farDepth - s.nearDepth, 1e-6), 0.0, 1.0);
    const double linear = std::clamp(light * (1.0 - kDepthCue * far), 0.0, 1.0);
    return std::uint8_t(std::lround(255.0 * std::pow(linear, kGamma)));
}

// The head's extent along the camera axes, from a sparse sample of its voxels (about every
// 2 mm): enough for framing, and dozens of times cheaper than visiting all of them.
struct Extent {
    double lo[3] = {1e300, 1e300, 1e300};
    double hi[3] = {-1e300, -1e300, -1e300};
};

Extent measureHead(const Scene& s)
{
    const Volume& v = *s.volume;
    const SkinMask& m = *s.mask;
    int stride[3];
    for (int a = 0; a < 3; ++a)
        stride[a] = std::max(1, int(2.0 / std::max(v.spacing[std::size_t(a)], 1e-3)));
    Extent e;
    const Vec3 axes[3] = {s.right, s.up, s.view};
    auto include = [&](int i, int j, int k) {
        const Vec3 p = v.toPatient(i, j, k);
        for (int a = 0; a < 3; ++a) {
            const double c = dot(p, axes[a]);
            e.lo[a] = std::min(e.lo[a], c);
            e.hi[a] = std::max(e.hi[a], c);
        }
    };
    for (int k = m.minK; k <= m.maxK; k += stride[2])
        for (int j = m.minJ; j <= m.maxJ; j += stride[1])
            for (int i = m.minI; i <= m.maxI; i += stride[0])
                if (m.at(i, j, k))
                    include(i, j, k);
    // What the sparse sample may have stepped over: up to one stride and a voxel on each side.
    double slack = 0;
    for (int a = 0; a < 3; ++a)
        slack = std::max(slack, (stride[a] + 1) * v.spacing[std::size_t(a)]);
    for (int a = 0; a < 3; ++a)
        e.lo[a] -= slack, e.hi[a] += slack;
    return e;
}

} // namespace

Vec3 RenderedImage::skinPointAt(double x, double y) const
{
    const Vec3 start = pixelOrigin + x * pixelRight + y * pixelDown;
    const float d = depthAt(std::clamp(int(std::lround(x)), 0, width - 1), std::clamp(int(std::lround(y)), 0, height - 1));
    return start + double(d) * viewDirection;
}

std::array<double, 2> RenderedImage::project(const Vec3& p) const
{
    const Vec3 rel = p - pixelOrigin;
    return {dot(rel, pixelRight) / (mmPerPixel * mmPerPixel), dot(rel, pixelDown) / (mmPerPixel * mmPerPixel)};
}

RenderedImage renderSkin(const Volume& volume, const SkinMask& mask, const RenderOptions& options)
{
    RenderedImage image;
    if (mask.isEmpty() || volume.isEmpty() || mask.width != volume.width || mask.height != volume.height ||
        mask.depth != volume.depth || options.width <= 0 || options.height <= 0 || options.width > 8192 ||
        options.height > 8192)
        return image;
    if (patientToVoxelSteps(volume, {1.0, 0.0, 0.0}) == Vec3{0.0, 0.0, 0.0})
        return image; // directions that do not span space: no picture can be placed

    Scene s;
    s.volume = &volume;
    s.mask = &mask;
    s.field = skinField(volume, mask);
    s.threshold = mask.threshold;

    // The camera: orthographic, looking at the head; "up" is the patient's head direction.
    const double az = options.azimuthDegrees * std::numbers::pi / 180.0;
    const double el = std::clamp(options.elevationDegrees, -85.0, 85.0) * std::numbers::pi / 180.0;
    s.toCamera = {std::cos(el) * std::sin(az), -std::cos(el) * std::cos(az), std::sin(el)};
    s.view = -1.0 * s.toCamera;
    s.right = normalized(cross(s.view, {0.0, 0.0, 1.0}));
    s.up = cross(s.right, s.view);
    s.keyLight = normalized(s.toCamera + kKeyLightRise * s.up);

    const Extent head = measureHead(s);
    const Vec3 middle = 0.5 * (head.lo[0] + head.hi[0]) * s.right + 0.5 * (head.lo[1] + head.hi[1]) * s.up +
                        0.5 * (head.lo[2] + head.hi[2]) * s.view;
    const Vec3 centre = options.centre.value_or(middle);
    const double cu = dot(centre, s.right), cv = dot(centre, s.up);
    double mmPerPixel = options.mmPerPixel;
    if (mmPerPixel <= 0) {
        const double halfU = std::max(head.hi[0] - cu, cu - head.lo[0]);
        const double halfV = std::max(head.hi[1] - cv, cv - head.lo[1]);
        mmPerPixel = 1.05 * std::max(2 * halfU / options.width, 2 * halfV / options.height);
    }
    // The image plane lies just in front of the head, so depths start near zero.
    const double planeW = head.lo[2] - 1.0;
    s.nearDepth = 1.0;
    s.farDepth = head.hi[2] - planeW;
    s.pixelRight = mmPerPixel * s.right;
    s.pixelDown = -mmPerPixel * s.up;
    s.pixelOrigin = (cu - 0.5 * (options.width - 1) * mmPerPixel) * s.right +
                    (cv + 0.5 * (options.height - 1) * mmPerPixel) * s.up + planeW * s.view;

    s.voxelOrigin = patientToVoxel(volume, s.pixelOrigin);
    s.voxelRight = patientToVoxelSteps(volume, s.pixelRight);
    s.voxelDown = patientToVoxelSteps(volume, s.pixelDown);
    s.voxelView = patientToVoxelSteps(volume, s.view);
    // Row a of the inverse of toPatient's matrix holds how voxel coordinate a changes along
    // patient x, y and z: what turns a gradient on the grid into one in the patient.
    const Vec3 perX = patientToVoxelSteps(volume, {1.0, 0.0, 0.0});
    const Vec3 perY = patientToVoxelSteps(volume, {0.0, 1.0, 0.0});
    const Vec3 perZ = patientToVoxelSteps(volume, {0.0, 0.0, 1.0});
    for (std::size_t a = 0; a < 3; ++a)
        s.gradientRows[a] = {perX[a], perY[a], perZ[a]};
    markOccupiedBlocks(s);
    s.boxLow = {mask.minI - 0.5, mask.minJ - 0.5, mask.minK - 0.5};
    s.boxHigh = {mask.maxI + 0.5, mask.maxJ + 0.5, mask.maxK + 0.5};
    s.cutLow[0] = mask.minI == 0, s.cutLow[1] = mask.minJ == 0, s.cutLow[2] = mask.minK == 0;
    s.cutHigh[0] = mask.maxI == volume.width - 1, s.cutHigh[1] = mask.maxJ == volume.height - 1;
    s.cutHigh[2] = mask.maxK == volume.depth - 1;
    const double finest = std::min({volume.spacing[0], volume.spacing[1], volume.spacing[2]});
    const double coarsest = std::max({volume.spacing[0], volume.spacing[1], volume.spacing[2]});
    s.stepMm = 0.5 * finest;
    s.voxelReachMm = coarsest;
    s.backtrackMm = 3.0 * coarsest + s.stepMm;

    image.width = options.width;
    image.height = options.height;
    const std::size_t pixels = std::size_t(image.width) * std::size_t(image.height);
    image.rgb.assign(3 * pixels, 0);
    image.depthMm.assign(pixels, std::numeric_limits<float>::infinity());
    image.viewDirection = s.view;
    image.pixelOrigin = s.pixelOrigin;
    image.pixelRight = s.pixelRight;
    image.pixelDown = s.pixelDown;
    image.mmPerPixel = mmPerPixel;

    // Rows are dealt out in turn (row r to thread r mod n), which balances the head's middle
    // against the empty corners. Every pixel depends on nothing but its own ray, so the
    // picture is the same whatever the number of threads.
    auto renderRows = [&](int first, int every) {
        for (int y = first; y < image.height; y += every) {
            const Vec3 rowOrigin = s.voxelOrigin + y * s.voxelDown;
            for (int x = 0; x < image.width; ++x) {
                const std::optional<Hit> hit = castRay(s, rowOrigin + x * s.voxelRight);
                if (!hit)
                    continue;
                const std::size_t at = std::size_t(y) * std::size_t(image.width) + std::size_t(x);
                const std::uint8_t grey = shade(s, *hit);
                image.rgb[3 * at] = image.rgb[3 * at + 1] = image.rgb[3 * at + 2] = grey;
                image.depthMm[at] = float(hit->depth);
            }
        }
    };
    int threads = options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::min(16, image.height));
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(renderRows, t, threads);
    renderRows(0, threads);
    for (std::thread& w : workers)
        w.join();
    return image;
}

} // namespace scanshield::volume

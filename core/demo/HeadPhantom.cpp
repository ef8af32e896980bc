#include "demo/HeadPhantom.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace scanshield::demo {

namespace {

// The shapes are modelled in (x, a, z) with a = -y, "how far anterior", because a face is
// easier to reason about when the nose points toward larger numbers.
struct V3 {
    double x, a, z;
};

V3 operator-(V3 p, V3 q) { return {p.x - q.x, p.a - q.a, p.z - q.z}; }
double length(V3 p) { return std::sqrt(p.x * p.x + p.a * p.a + p.z * p.z); }

// Approximate signed distance to an axis-aligned ellipsoid (negative inside). The usual
// k0 * (k0 - 1) / k1 bound: exact on the surface, smooth, and cheap.
double ellipsoid(V3 p, V3 centre, V3 radii)
{
    const V3 q = p - centre;
    const V3 s{q.x / radii.x, q.a / radii.a, q.z / radii.z};
    const V3 s2{s.x / radii.x, s.a / radii.a, s.z / radii.z};
    const double k0 = length(s);
    const double k1 = length(s2);
    if (k1 <= 1e-12)
        return -std::min({radii.x, radii.a, radii.z});
    return k0 * (k0 - 1.0) / k1;
}

// Distance to a capsule from `from` (radius r0) to `to` (radius r1) whose radius changes
// linearly along the axis; good enough for a nose bridge, whose taper is gentle.
double taperedCapsule(V3 p, V3 from, V3 to, double r0, double r1)
{
    const V3 axis = to - from;
    const V3 rel = p - from;
    const double len2 = axis.x * axis.x + axis.a * axis.a + axis.z * axis.z;
    const double t =
        std::clamp((rel.x * axis.x + rel.a * axis.a + rel.z * axis.z) / len2, 0.0, 1.0);
    const V3 closest{from.x + t * axis.x, from.a + t * axis.a, from.z + t * axis.z};
    return length(p - closest) - (r0 + t * (r1 - r0));
}

// Polynomial smooth minimum: blends two shapes over a band of width k (mm) so that joins look
// like flesh, not like intersecting balloons.
double smoothUnion(double d1, double d2, double k)
{
    const double h = std::max(k - std::abs(d1 - d2), 0.0) / k;
    return std::min(d1, d2) - h * h * k * 0.25;
}

// 0 below edge0, 1 above edge1, a smooth S between.
double smoothStep(double edge0, double edge1, double x)
{
    const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

double smoothSubtract(double d, double cut, double k) { return -smoothUnion(-d, cut, k); }

// A feature is only evaluated near its box: the smooth union of a far shape changes nothing,
// and skipping it keeps the 6.5 million samples of the volume well under a second.
bool near(V3 p, V3 centre, V3 extent)
{
    return std::abs(p.x - centre.x) < extent.x && std::abs(p.a - centre.a) < extent.a
           && std::abs(p.z - centre.z) < extent.z;
}

constexpr double kMargin = 14.0; // larger than every blend width plus the partial-volume band

// Shape parameters, millimetres. The cranium is also the reference for the skull shell.
constexpr V3 kCraniumC{0, -8, 22}, kCraniumR{72, 90, 74};
constexpr V3 kLowerFaceC{0, 10, -35}, kLowerFaceR{50, 64, 44};
constexpr V3 kNeckC{0, -15, -110}, kNeckR{46, 50, 80};
constexpr V3 kCheekR{20, 20, 21};
constexpr double kCheekX = 35, kCheekA = 50, kCheekZ = -6;
constexpr V3 kMaxillaC{0, 58, -12}, kMaxillaR{34, 22, 18};
constexpr V3 kBrowC{0, 72, 35}, kBrowR{48, 12, 8};
constexpr V3 kNasion{0, 77, 22}, kNoseTip{0, 100, -4};
constexpr V3 kTipC{0, 98, -6};
constexpr V3 kNoseBodyC{0, 80, 2}, kNoseBodyR{12, 15, 19};
constexpr double kTipRadius = 9.5;
constexpr V3 kAlaR{8, 9, 6};
constexpr double kAlaX = 10.5, kAlaA = 87, kAlaZ = -9;
constexpr V3 kNostrilR{3.5, 5, 2.5};
constexpr double kNostrilX = 7, kNostrilA = 92, kNostrilZ = -14.5;
constexpr V3 kUpperLipC{0, 80, -24}, kUpperLipR{23, 9, 6.5};
constexpr V3 kLowerLipC{0, 78, -36}, kLowerLipR{21, 9, 7};
constexpr V3 kMouthC{0, 88, -30.5}, kMouthR{22, 10, 1.3};
constexpr V3 kChinC{0, 70, -58}, kChinR{23, 13, 15};
constexpr V3 kEarR{8, 15, 27};
constexpr double kEarX = 73, kEarA = -8, kEarZ = 8;
constexpr V3 kConchaR{5, 8, 10};
constexpr double kConchaX = 80, kConchaA = -6, kConchaZ = 4;
constexpr V3 kOrbitR{17, 14, 12};
constexpr double kEyeX = 32, kOrbitA = 75, kEyeZ = 24;
constexpr double kGlobeA = 60, kGlobeRadius = 12;
// How far the floor of the skull rises from the middle fossa (z -2) to the anterior fossa.
constexpr double kAnteriorFossaRise = 44.0;
constexpr V3 kLensR{4.5, 2, 4.5};

V3 mirrored(double x, double a, double z, double side) { return {side * x, a, z}; }

// Signed distance (mm, negative inside) to the skin: the whole outer surface of the head.
double skinDistance(V3 p)
{
    double d = ellipsoid(p, kCraniumC, kCraniumR);
    d = smoothUnion(d, ellipsoid(p, kLowerFaceC, kLowerFaceR), 12.0);
    if (p.z < -20)
        d = smoothUnion(d, ellipsoid(p, kNeckC, kNeckR), 15.0);

    const double side = p.x < 0 ? -1.0 : 1.0; // paired features: evaluate the nearer one
    const V3 cheekC = mirrored(kCheekX, kCheekA, kCheekZ, side);
    if (near(p, cheekC, {kCheekR.x + kMargin, kCheekR.a + kMargin, kCheekR.z + kMargin}))
        d = smoothUnion(d, ellipsoid(p, cheekC, kCheekR), 12.0);
    if (near(p, kMaxillaC, {kMaxillaR.x + kMargin, kMaxillaR.a + kMargin, kMaxillaR.z + kMargin}))
        d = smoothUnion(d, ellipsoid(p, kMaxillaC, kMaxillaR), 8.0);
    if (near(p, kBrowC, {kBrowR.x + kMargin, kBrowR.a + kMargin, kBrowR.z + kMargin}))
        d = smoothUnion(d, ellipsoid(p, kBrowC, kBrowR), 6.0);

    // Nose: a tapered bridge from the nasion to the tip, a rounded tip and two alae, blended
    // with each other tightly and with the face more softly; then two nostrils cut below.
    if (near(p, {0, 88, 6}, {30 + kMargin, 22 + kMargin, 30 + kMargin})) {
        double nose = taperedCapsule(p, kNasion, kNoseTip, 5.5, 8.5);
        // The side walls: a wedge-like body joining the bridge to the face, so that every
        // axial slice through the nose shows it attached to the face, not as an island.
        nose = smoothUnion(nose, ellipsoid(p, kNoseBodyC, kNoseBodyR), 6.0);
        nose = smoothUnion(nose, length(p - kTipC) - kTipRadius, 4.0);
        nose = smoothUnion(nose, ellipsoid(p, mirrored(kAlaX, kAlaA, kAlaZ, side), kAlaR), 6.0);
        d = smoothUnion(d, nose, 6.0);
        d = smoothSubtract(
            d, ellipsoid(p, mirrored(kNostrilX, kNostrilA, kNostrilZ, side), kNostrilR), 1.5);
    }

    // Lips with a mouth slit between them, and a chin below.
    if (near(p, {0, 80, -30}, {26 + kMargin, 12 + kMargin, 14 + kMargin})) {
        double lips = smoothUnion(ellipsoid(p, kUpperLipC, kUpperLipR),
                                  ellipsoid(p, kLowerLipC, kLowerLipR), 4.0);
        d = smoothUnion(d, lips, 5.0);
        d = smoothSubtract(d, ellipsoid(p, kMouthC, kMouthR), 1.5);
    }
    if (near(p, kChinC, {kChinR.x + kMargin, kChinR.a + kMargin, kChinR.z + kMargin}))
        d = smoothUnion(d, ellipsoid(p, kChinC, kChinR), 8.0);

    // Ears: flat upright ellipsoids on each side with a hollow (concha) facing outward.
    const V3 earC = mirrored(kEarX, kEarA, kEarZ, side);
    if (near(p, earC, {kEarR.x + kMargin, kEarR.a + kMargin, kEarR.z + kMargin})) {
        double ear = ellipsoid(p, earC, kEarR);
        ear = smoothSubtract(
            ear, ellipsoid(p, mirrored(kConchaX, kConchaA, kConchaZ, side), kConchaR), 2.0);
        d = smoothUnion(d, ear, 4.0);
    }

    // Eyes: an orbit hollowed out of the face, with a globe sitting in it.
    const V3 orbitC = mirrored(kEyeX, kOrbitA, kEyeZ, side);
    if (near(p, orbitC, {kOrbitR.x + kMargin, kOrbitR.a + kMargin, kOrbitR.z + kMargin})) {
        d = smoothSubtract(d, ellipsoid(p, orbitC, kOrbitR), 5.0);
        d = smoothUnion(d, length(p - mirrored(kEyeX, kGlobeA, kEyeZ, side)) - kGlobeRadius, 2.0);
    }
    return d;
}

// Tissue inside the skin: skull, brain, eyes, jaw, spine, airway, fat and soft tissue.
double interiorHu(V3 p, double skin)
{
    const double side = p.x < 0 ? -1.0 : 1.0;

    // Eyes first: they sit inside the cranium ellipsoid, where the skull would otherwise be.
    const V3 globeC = mirrored(kEyeX, kGlobeA, kEyeZ, side);
    const double globe = length(p - globeC) - kGlobeRadius;
    if (globe < 0) {
        if (ellipsoid(p, mirrored(kEyeX, kGlobeA + 9.5, kEyeZ, side), kLensR) < 0)
            return 120;                // lens
        return globe > -1.0 ? 40 : 10; // sclera, vitreous
    }
    const bool inOrbit = ellipsoid(p, mirrored(kEyeX, kOrbitA - 8, kEyeZ, side),
                                   {kOrbitR.x + 4, kOrbitR.a + 10, kOrbitR.z + 4})
                         < 0;
    if (inOrbit)
        return -80; // orbital fat around the globe

    // Paranasal air: two maxillary sinuses and the nasal cavity with its septum, each walled
    // by thin bone. All of it is closed inside the head, so the skin stays one surface.
    const double sinus = ellipsoid(p, mirrored(22, 50, 0, side), {11, 14, 13});
    const double nasal = ellipsoid(p, {0, 60, 2}, {7, 19, 15});
    if (nasal < 0)
        return std::abs(p.x) < 1.0 ? 300 : -1000;
    if (sinus < 0)
        return -1000;
    if (sinus < 2.0 || nasal < 2.0)
        return 700;

    // Cranial vault: a 6 mm shell under 4 mm of scalp, open below the skull base. The skull
    // base steps down from the anterior fossa (above the orbits) through the middle fossa to
    // the posterior fossa, with smooth ramps between; the brain sits on it.
    const double cranium = ellipsoid(p, kCraniumC, kCraniumR);
    const double front = smoothStep(15.0, 35.0, p.a);  // middle -> anterior fossa
    const double back = smoothStep(-40.0, -15.0, p.a); // posterior -> middle fossa
    // The posterior fossa is a bowl, lowest at the foramen magnum above the spine and rising
    // to the sides and the back; the foramen itself is a hole in it.
    const double bowl = -32.0 + p.x * p.x / 150.0 + (p.a + 22.0) * (p.a + 22.0) / 150.0;
    const bool foramen = p.x * p.x + (p.a + 22.0) * (p.a + 22.0) < 14.0 * 14.0;
    // The anterior fossa lies on the roofs of the orbits, above the eyes (kEyeZ + kOrbitR.z + 4
    // = 40), so the frontal lobes sit above the eyes and behind the brows, as in a real head.
    const double floorZ = std::min(bowl, -2.0) * (1.0 - back) - 2.0 * back + kAnteriorFossaRise * front;
    const double shellBottom = p.a > 20 ? -15.0 : -40.0;
    if (cranium > -10 && cranium < -4 && p.z > shellBottom)
        return 1100;
    if (cranium <= -10) {
        // Between the orbits, under the anterior fossa: the ethmoid air cells.
        if (front > 0.99 && std::abs(p.x) < 14.0 && p.z < floorZ - 4 && p.z > 28.0)
            return -800;
        if (p.z > floorZ) {
            // Brain with two lateral ventricles of CSF.
            if (ellipsoid(p, mirrored(8, -5, 30, side), {5, 22, 9}) < 0)
                return 6;
            return 35;
        }
        if (p.z > floorZ - 4 && !foramen)
            return 900; // skull base
    }

    // Jaw, as rings in each axial plane: the mandible's U (body below the mouth, rami rising
    // behind it) with cortex and marrow, and the dental arch around the mouth, the brightest
    // thing in the head.
    const double ringX = p.x / 44.0, ringA = (p.a - 18.0) / 50.0;
    const double ring = std::sqrt(ringX * ringX + ringA * ringA);
    const bool body = p.a > 5 && p.z > -72 && p.z < -40;
    const bool ramus = p.a > 0 && p.a < 20 && p.z >= -40 && p.z < -22;
    if ((body || ramus) && ring > 0.84 && ring < 1.0)
        return ring < 0.88 || ring > 0.95 ? 1200 : 450;
    if (p.a > 35 && p.z > -38 && p.z < -22 && std::abs(p.z + 30) > 0.8) {
        const double archX = p.x / 28.0, archA = (p.a - 40.0) / 36.0;
        const double arch = std::sqrt(archX * archX + archA * archA);
        if (arch > 0.75 && arch < 1.0)
            return 2200;
    }

    // Neck: cervical spine (with the cord in its canal) behind an airway.
    if (p.z < -35) {
        const double spine = std::sqrt(p.x * p.x + (p.a + 22.0) * (p.a + 22.0));
        if (spine < 11.0)
            return spine < 6.0 ? 35 : 700;
        const double dxa = p.x / 7.0, daa = (p.a - 12.0) / 9.0;
        if (p.z < -45 && dxa * dxa + daa * daa < 1.0)
            return -1000;
    }

    // A thin subcutaneous fat layer under the skin, except in the thin ears.
    if (skin < -1.5 && skin > -5.0 && std::abs(p.x) < 66)
        return -90;
    return 40;
}

// splitmix64: a tiny, well-mixed generator whose output is the same on every platform, so
// the noise (and hence every byte of the demo disc) is reproducible.
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Roughly normal, mean 0, standard deviation 1 (Irwin-Hall of four uniforms), in integer
    // steps so the result never depends on floating-point details.
    int gaussianTimes(int sigma)
    {
        std::int64_t sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += static_cast<std::int64_t>(next() >> 48); // 0..65535
        // Four uniforms have mean 2 * 65535 and standard deviation 65535 * sqrt(1/3).
        const std::int64_t centred = sum - 2 * 65535;
        return static_cast<int>(centred * sigma * 1000 / (65535LL * 577));
    }
};

void fillSlices(HeadVolume& volume, int firstSlice, int endSlice)
{
    const std::size_t sliceSize =
        static_cast<std::size_t>(volume.rows) * static_cast<std::size_t>(volume.columns);
    for (int s = firstSlice; s < endSlice; ++s) {
        SplitMix64 rng{0x5CA115E1DULL * 1000003ULL + static_cast<std::uint64_t>(s)};
        const double z = volume.sliceZ(s);
        std::int16_t* out = volume.hu.data() + static_cast<std::size_t>(s) * sliceSize;
        for (int r = 0; r < volume.rows; ++r) {
            const double y = volume.originY + r * volume.pixelSpacing;
            for (int c = 0; c < volume.columns; ++c) {
                const double x = volume.originX + c * volume.pixelSpacing;
                const double hu = headPhantomHu(x, y, z);
                const int noisy = static_cast<int>(std::lround(hu)) + rng.gaussianTimes(6);
                *out++ = static_cast<std::int16_t>(std::clamp(noisy, -1024, 3071));
            }
        }
    }
}

} // namespace

double headPhantomHu(double x, double y, double z)
{
    const V3 p{x, -y, z};
    const double skin = skinDistance(p);
    if (skin >= 0.5)
        return -1000;
    const double tissue = interiorHu(p, skin);
    if (skin <= -0.5)
        return tissue;
    // Partial volume across the one-millimetre band around the skin surface.
    const double inside = 0.5 - skin;
    return -1000 + inside * (tissue + 1000);
}

HeadVolume makeHeadVolume()
{
    HeadVolume volume;
    volume.hu.resize(static_cast<std::size_t>(volume.slices) * static_cast<std::size_t>(volume.rows)
                     * static_cast<std::size_t>(volume.columns));
    // Slices are independent (own seed, own output range), so threads cannot change the result.
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const int workers = static_cast<int>(std::min(hardware, 8u));
    std::vector<std::thread> threads;
    const int perWorker = (volume.slices + workers - 1) / workers;
    for (int w = 0; w < workers; ++w) {
        const int first = w * perWorker;
        const int end = std::min(volume.slices, first + perWorker);
        if (first < end)
            threads.emplace_back([&volume, first, end] { fillSlices(volume, first, end); });
    }
    for (std::thread& t : threads)
        t.join();
    return volume;
}

} // namespace scanshield::demo

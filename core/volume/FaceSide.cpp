#include "volume/FaceSide.h"
#include "volume/VectorMath.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "FaceSide" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class FaceSideText {
    Q_DECLARE_TR_FUNCTIONS(FaceSide)
};

// Search geometry, millimetres. The nose is judged against the skin 25-40 mm to each side of
// it (cheeks, eyes; beyond the nose's own wings, inside the width of any face), within a few
// millimetres above and below.
constexpr double kSideNearMm = 25.0;
constexpr double kSideFarMm = 40.0;
constexpr double kSideHeightMm = 4.0;
// The nose lies near the head's midline; a head turned by 20-30 degrees moves it sideways.
constexpr double kMidlineHalfWidthMm = 50.0;
// ...and 40-200 mm below the top of the head (vertex to nose tip is about 110-140 mm).
constexpr double kBelowTopNearMm = 40.0;
constexpr double kBelowTopFarMm = 200.0;
// A candidate far behind the most anterior point loses a little: of two equally narrow
// protrusions, the nose is the one in front.
constexpr double kRecessPenalty = 0.25;
// Behind-the-head protrusions this large relative to the nose make the side uncertain.
constexpr double kBackToFrontLimit = 0.6;

// The skin seen from one side: for each cell of a grid over the coronal plane (x, z), how far
// the head reaches toward that side (-y for the front, +y for the back) and where.
struct Profile {
    double x0 = 0, z0 = 0, cell = 1;
    int nx = 0, nz = 0;
    std::vector<float> reach; // mm along the side's direction; -inf where no skin
    std::vector<float> x, z;  // patient position of the voxel that reaches furthest

    std::size_t index(int u, int v) const { return std::size_t(v) * std::size_t(nx) + std::size_t(u); }
    bool has(int u, int v) const
    {
        return u >= 0 && v >= 0 && u < nx && v < nz && std::isfinite(reach[index(u, v)]);
    }
};

struct HeadProfiles {
    Profile front, back;
    double zTop = -std::numeric_limits<double>::infinity();
    double zBottom = std::numeric_limits<double>::infinity();
    std::vector<double> sumX; // per cell row (z): to find the midline of the head
    std::vector<double> countX;
};

struct Protrusion {
    double prominence = 0;
    Vec3 tip{}; // in profile terms: x, reach, z
};

HeadProfiles profileHead(const Volume& volume, const SkinMask& mask)
{
    const Vec3 stepI = volume.spacing[0] * volume.rowDirection;

    // The head's box in patient x and z, from the corners of its voxel box.
    double xMin = 1e300, xMax = -1e300, zMin = 1e300, zMax = -1e300;
    for (int c = 0; c < 8; ++c) {
        const Vec3 p = volume.toPatient(c & 1 ? mask.maxI + 0.5 : mask.minI - 0.5,
                                        c & 2 ? mask.maxJ + 0.5 : mask.minJ - 0.5,
                                        c & 4 ? mask.maxK + 0.5 : mask.minK - 0.5);
        xMin = std::min(xMin, p[0]), xMax = std::max(xMax, p[0]);
        zMin = std::min(zMin, p[2]), zMax = std::max(zMax, p[2]);
    }
    // Cells about as fine as the voxels: finer would leave empty rows between thick slices.
    const double largest = std::max({volume.spacing[0], volume.spacing[1], volume.spacing[2]});
    const double cell = std::clamp(0.75 * largest, 1.0, 3.0);

    HeadProfiles head;
    for (Profile* p : {&head.front, &head.back}) {
        p->x0 = xMin, p->z0 = zMin, p->cell = cell;
        p->nx = int(std::ceil((xMax - xMin) / cell)) + 1;
        p->nz = int(std::ceil((zMax - zMin) / cell)) + 1;
        const std::size_t n = std::size_t(p->nx) * std::size_t(p->nz);
        p->reach.assign(n, -std::numeric_limits<float>::infinity());
        p->x.assign(n, 0.f);
        p->z.assign(n, 0.f);
    }
    head.sumX.assign(std::size_t(head.front.nz), 0.0);
    head.countX.assign(std::size_t(head.front.nz), 0.0);

    auto keep = [](Profile& p, std::size_t at, double reach, double x, double z) {
        if (reach > p.reach[at]) {
            p.reach[at] = float(reach);
            p.x[at] = float(x);
            p.z[at] = float(z);
        }
    };
    for (int k = mask.minK; k <= mask.maxK; ++k)
        for (int j = mask.minJ; j <= mask.maxJ; ++j) {
            const std::uint8_t* row = mask.inside.data() + mask.indexOf(0, j, k);
            const Vec3 base = volume.toPatient(0, j, k);
            // Voxels on the edge of the scan are where it cuts the head, not skin: a face cut
            // off there must not look like a protrusion.
            const bool edgeRow = j == 0 || k == 0 || j == volume.height - 1 || k == volume.depth - 1;
            for (int i = mask.minI; i <= mask.maxI; ++i) {
                if (!row[i])
                    continue;
                const double x = base[0] + i * stepI[0];
                const double y = base[1] + i * stepI[1];
                const double z = base[2] + i * stepI[2];
                const int u = int((x - xMin) / cell);
                const int v = int((z - zMin) / cell);
                if (!edgeRow && i != 0 && i != volume.width - 1) {
                    const std::size_t at = std::size_t(v) * std::size_t(head.front.nx) + std::size_t(u);
                    keep(head.front, at, -y, x, z);
                    keep(head.back, at, y, x, z);
                }
                head.sumX[std::size_t(v)] += x;
                head.countX[std::size_t(v)] += 1;
                head.zTop = std::max(head.zTop, z);
                head.zBottom = std::min(head.zBottom, z);
            }
        }
    return head;
}

// Is the head cut by the upper edge of the scan? Then its top is unknown and the nose may
// be anywhere in the range.
bool cutAtTop(const Volume& volume, const SkinMask& mask)
{
    const Vec3* axes[3] = {&volume.rowDirection, &volume.columnDirection, &volume.sliceDirection};
    const int lows[3] = {mask.minI, mask.minJ, mask.minK};
    const int highs[3] = {mask.maxI, mask.maxJ, mask.maxK};
    const int sizes[3] = {volume.width, volume.height, volume.depth};
    for (int a = 0; a < 3; ++a) {
        const double up = (*axes[a])[2];
        if (up > 0.5 && highs[a] == sizes[a] - 1)
            return true;
        if (up < -0.5 && lows[a] == 0)
            return true;
    }
    return false;
}

// The most nose-like place of a profile inside the window: the cell that stands furthest in
// front of the skin on both sides of it.
std::optional<Protrusion> findProtrusion(const Profile& p, double xLo, double xHi, double zLo, double zHi)
{
    const int uLo = std::max(0, int(std::floor((xLo - p.x0) / p.cell)));
    const int uHi = std::min(p.nx - 1, int(std::ceil((xHi - p.x0) / p.cell)));
    const int vLo = std::max(0, int(std::floor((zLo - p.z0) / p.cell)));
    const int vHi = std::min(p.nz - 1, int(std::ceil((zHi - p.z0) / p.cell)));
    const int sideNear = int(std::round(kSideNearMm / p.cell));
    const int sideFar = int(std::round(kSideFarMm / p.cell));
    const int sideHeight = int(std::round(kSideHeightMm / p.cell));

    double mostAnterior = -std::numeric_limits<double>::infinity();
    for (int v = vLo; v <= vHi; ++v)
        for (int u = uLo; u <= uHi; ++u)
            if (p.has(u, v))
                mostAnterior = std::max(mostAnterior, double(p.reach[p.index(u, v)]));

    // The furthest reach among the cells on one side (-1 left in x, +1 right), or none.
    auto sideReach = [&](int u, int v, int side) {
        double best = -std::numeric_limits<double>::infinity();
        for (int dv = -sideHeight; dv <= sideHeight; ++dv)
            for (int du = sideNear; du <= sideFar; ++du)
                if (p.has(u + side * du, v + dv))
                    best = std::max(best, double(p.reach[p.index(u + side * du, v + dv)]));
        return best;
    };

    std::optional<Protrusion> best;
    double bestScore = -std::numeric_limits<double>::infinity();
    int bestU = 0, bestV = 0;
    for (int v = vLo; v <= vHi; ++v)
        for (int u = uLo; u <= uHi; ++u) {
            if (!p.has(u, v))
                continue;
            const double reach = p.reach[p.index(u, v)];
            const double left = sideReach(u, v, -1);
            const double right = sideReach(u, v, +1);
            if (!std::isfinite(left) || !std::isfinite(right))
                continue; // too close to the head's edge to be judged
            const double prominence = reach - std::max(left, right);
            const double score = prominence - kRecessPenalty * (mostAnterior - reach);
            if (score > bestScore) {
                bestScore = score;
                best = Protrusion{prominence, {}};
                bestU = u, bestV = v;
            }
        }
    if (!best)
        return best;

    // The tip: the furthest reach near the winning cell. Where the tip is flat (to within
    // half a millimetre), its middle, so that a symmetric nose gives its midline and a tall
    // nose its centre rather than whichever voxel happened to reach a hair further.
    const int near = int(std::round(10.0 / p.cell));
    int tipU = bestU, tipV = bestV;
    for (int v = bestV - near; v <= bestV + near; ++v)
        for (int u = bestU - near; u <= bestU + near; ++u)
            if (p.has(u, v) && p.reach[p.index(u, v)] > p.reach[p.index(tipU, tipV)])
                tipU = u, tipV = v;
    const double tipReach = p.reach[p.index(tipU, tipV)];
    const int flat = int(std::round(15.0 / p.cell));
    double sumX = 0, sumZ = 0, n = 0;
    for (int v = tipV - flat; v <= tipV + flat; ++v)
        for (int u = tipU - flat; u <= tipU + flat; ++u)
            if (p.has(u, v) && p.reach[p.index(u, v)] >= tipReach - 0.5) {
                sumX += p.x[p.index(u, v)];
                sumZ += p.z[p.index(u, v)];
                n += 1;
            }
    best->prominence += tipReach - double(p.reach[p.index(bestU, bestV)]);
    best->tip = {sumX / n, tipReach, sumZ / n};
    return best;
}

void describeAnteriorOnGrid(const Volume& volume, FaceSide& face)
{
    face.anteriorVoxelSteps = patientToVoxelSteps(volume, face.anterior);
    const Vec3* axes[3] = {&volume.rowDirection, &volume.columnDirection, &volume.sliceDirection};
    for (int a = 0; a < 3; ++a) {
        const double length = std::sqrt(dot(*axes[a], *axes[a]));
        const double alignment = length > 0 ? dot(*axes[a], face.anterior) / length : 0.0;
        if (std::abs(alignment) > face.anteriorAxisAlignment) {
            face.anteriorAxisAlignment = std::abs(alignment);
            face.anteriorAxis = a;
            face.anteriorAxisSign = alignment > 0 ? 1 : -1;
        }
    }
}

// How far the skin surface lies beyond the centre of the outermost voxel inside it, along
// the anterior direction: half a voxel, measured along that direction.
double halfVoxelAlong(const Volume& volume, const Vec3& direction)
{
    const Vec3* axes[3] = {&volume.rowDirection, &volume.columnDirection, &volume.sliceDirection};
    double weighted = 0, weights = 0;
    for (int a = 0; a < 3; ++a) {
        const double w = std::abs(dot(*axes[a], direction));
        weighted += w * volume.spacing[std::size_t(a)];
        weights += w;
    }
    return weights > 0 ? 0.5 * weighted / weights : 0.0;
}

} // namespace

Vec3 patientToVoxelSteps(const Volume& volume, const Vec3& v)
{
    // Cramer's rule on the three columns of Volume::toPatient's matrix.
    const Vec3 a = volume.spacing[0] * volume.rowDirection;
    const Vec3 b = volume.spacing[1] * volume.columnDirection;
    const Vec3 c = volume.spacing[2] * volume.sliceDirection;
    const double det = dot(a, cross(b, c));
    if (std::abs(det) < 1e-12)
        return {0.0, 0.0, 0.0};
    return {dot(v, cross(b, c)) / det, dot(v, cross(c, a)) / det, dot(v, cross(a, b)) / det};
}

Vec3 patientToVoxel(const Volume& volume, const Vec3& p)
{
    return patientToVoxelSteps(volume, p - volume.origin);
}

FaceSide findFaceSide(const Volume& volume, const SkinMask& mask)
{
    FaceSide face;
    describeAnteriorOnGrid(volume, face);
    if (face.anteriorVoxelSteps == Vec3{0.0, 0.0, 0.0}) {
        face.reason = FaceSideText::tr("The scan does not say how its pictures are oriented, so it is "
                                     "not known which side is the front.");
        return face;
    }
    if (mask.isEmpty() || mask.width != volume.width || mask.height != volume.height ||
        mask.depth != volume.depth) {
        face.reason = FaceSideText::tr("No skin was found in this scan.");
        return face;
    }

    const HeadProfiles head = profileHead(volume, mask);
    const bool topCut = cutAtTop(volume, mask);
    const double zHi = topCut ? head.zTop : head.zTop - kBelowTopNearMm;
    const double zLo = topCut ? head.zBottom : std::max(head.zBottom, head.zTop - kBelowTopFarMm);

    // The midline: the mean x of the head over the height where the nose may be.
    double sumX = 0, countX = 0;
    for (int v = 0; v < head.front.nz; ++v) {
        const double z = head.front.z0 + (v + 0.5) * head.front.cell;
        if (z >= zLo && z <= zHi) {
            sumX += head.sumX[std::size_t(v)];
            countX += head.countX[std::size_t(v)];
        }
    }
    if (countX == 0) {
        face.reason = FaceSideText::tr("The head is too small or too much of it is cut off in this scan "
                                     "to look for a face.");
        return face;
    }
    const double midX = sumX / countX;
    const double xLo = midX - kMidlineHalfWidthMm, xHi = midX + kMidlineHalfWidthMm;

    const std::optional<Protrusion> front = findProtrusion(head.front, xLo, xHi, zLo, zHi);
    const std::optional<Protrusion> back = findProtrusion(head.back, xLo, xHi, zLo, zHi);
    if (!front) {
        face.reason = FaceSideText::tr("The head is too small or too much of it is cut off in this scan "
                                     "to look for a face.");
        return face;
    }
    face.noseProminenceMm = front->prominence;
    face.backProminenceMm = back ? std::max(0.0, back->prominence) : 0.0;
    face.noseFound = face.noseProminenceMm >= kMinNoseProminenceMm;
    if (face.noseFound) {
        const double outward = halfVoxelAlong(volume, face.anterior);
        face.noseTip = {front->tip[0], -front->tip[1] - outward, front->tip[2]};
    }

    const bool backLooksLikeNose = face.backProminenceMm >= kMinNoseProminenceMm;
    face.confirmed =
        face.noseFound && face.backProminenceMm < kBackToFrontLimit * face.noseProminenceMm;
    const double noseStrength = std::clamp((face.noseProminenceMm - 4.0) / 16.0, 0.0, 1.0);
    const double sideClarity =
        std::clamp(1.0 - face.backProminenceMm / std::max(face.noseProminenceMm, 1.0), 0.0, 1.0);
    face.confidence = noseStrength * sideClarity;

    if (face.confirmed)
        return face;
    if (!face.noseFound && backLooksLikeNose)
        face.reason = FaceSideText::tr("The back of the head has the shape of a nose and the front does "
                                     "not: the scan may have recorded the patient's position wrongly, "
                                     "so the face may be on the other side.");
    else if (!face.noseFound)
        face.reason = FaceSideText::tr("No nose stands out at the front of the head, so this scan may not "
                                     "show the face, or the face is cut off.");
    else
        face.reason = FaceSideText::tr("Both the front and the back of the head have a shape like a nose, "
                                     "so it is not sure which side is the face.");
    return face;
}

} // namespace scanshield::volume

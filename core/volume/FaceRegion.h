#pragma once

// The face region of a head (issue 5): on the original head, the front of the face from a
// little above the nasion down to the chin, out to the cheekbones and the outer corners of
// the eyes (never the ears), as pixels of a frontal depth picture drawn with a fixed framing,
// and the landmarks of its midline profile. In profile a face is a sequence of protrusions and
// dips whose order does not vary between people: forehead, nasion (the dip at the top of the
// nose), nose tip, subnasale (the dip under the nose), lips, the dip under the lower lip,
// chin, then the neck far behind. Finding them in that order is plain geometry, needs no
// trained detector (those Debian packages are too weak to judge defacing), and gives the same
// answer every time. FaceMeasures.h measures a defaced copy against the region.

#include "volume/FaceSide.h"
#include "volume/SkinMask.h"
#include "volume/SoftwareRenderer.h"
#include "volume/Volume.h"

#include <QString>

#include <array>
#include <utility>
#include <cstdint>
#include <vector>

namespace scanshield::volume {

enum class FaceLandmarkKind { NoseTip = 0, Nasion, Lips, Chin };
inline constexpr std::size_t kFaceLandmarkCount = 4;

// In plain words: "the tip of the nose", "the lips", ...
QString faceLandmarkName(FaceLandmarkKind kind);

struct FaceLandmark {
    bool found = false;
    Vec3 point{};                 // on the original skin, patient mm
    double pixelX = 0, pixelY = 0; // where it lies in the frontal picture
    QString missing;              // why it was not found, in plain words; empty if found
};

// The framing every picture of the face is drawn with: from the front (azimuth 0), centred
// on the nose tip, 0.5 mm per pixel, 200 x 240 mm.
inline constexpr double kFaceViewMmPerPixel = 0.5;
inline constexpr int kFaceViewWidth = 400;
inline constexpr int kFaceViewHeight = 480;

struct FaceRegion {
    bool found = false;
    QString reason; // why not, in plain words; empty when found

    RenderOptions framing;      // the fixed framing: draw every candidate with it
    RenderedImage originalView; // the original head drawn with it
    std::vector<std::uint8_t> pixels; // 1 inside the region; originalView's size
    std::size_t pixelCount = 0;
    int midlineColumn = 0; // the column of the midline profile (through the nose tip)
    int topRow = 0, bottomRow = 0;

    std::array<FaceLandmark, kFaceLandmarkCount> landmarks;

    const FaceLandmark& landmark(FaceLandmarkKind kind) const { return landmarks[std::size_t(kind)]; }
    bool contains(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < originalView.width && y < originalView.height &&
               pixels[std::size_t(y) * std::size_t(originalView.width) + std::size_t(x)] != 0;
    }
};

// The face region of the original head. Not found (with a reason) when the face side is not
// confirmed (FaceSide.h) or the nose does not lie on the frontal picture. A landmark that is
// not found leaves the region smaller (above the nose, or below it, by a typical distance)
// and says why in its `missing`. About 0.1-0.3 s: one frontal picture.
FaceRegion findFaceRegion(const Volume& volume, const SkinMask& mask, const FaceSide& face);

// How far below the top of the head the upper face begins: the nasion lies 110-120 mm below
// the top of the head in adults and the brows 10-15 mm above it, so 95 mm takes in the brows
// and leaves the forehead out, as the whole face's region does (12 mm above the nasion).
inline constexpr double kUpperFaceTopBelowCrownMm = 95.0;

// The upper face of a head whose nose is cut off but which holds the eyes and the brows
// (FacePass.h holdsUpperFace): the skin facing the viewer from the lowest skin in the scan up to
// kUpperFaceTopBelowCrownMm below the top of the head, within the usual half width of the
// midline, the middle of the head from left to right. No landmark is found on it, so a copy is
// judged by the share of this surface still present (FaceMeasures.h judge()). The face
// side is taken from the patient coordinates (anterior is -y). Not found, with a reason, when
// that band has no skin facing the front.
FaceRegion findUpperFaceRegion(const Volume& volume, const SkinMask& mask);

// The lowest and highest patient z (towards the head) of a box of voxels, and of the skin's
// bounding box.
std::pair<double, double> heightRange(const Volume& volume, int i0, int i1, int j0, int j1, int k0, int k1);
std::pair<double, double> skinHeightRange(const Volume& volume, const SkinMask& mask);

// The depth of the skin at a pixel, in mm along the view from a plane fixed in the patient
// (through the origin); infinity where there is no skin or outside the picture. Comparable
// between pictures drawn with the same framing, unlike RenderedImage::depthAt, whose plane
// lies just in front of whatever head was drawn and so moves when a copy lost its nose.
double surfaceDepth(const RenderedImage& view, int x, int y);

// Rows of a midline profile, top row first; -1 for a landmark that was not found.
struct ProfileLandmarks {
    int noseTip = -1;
    int nasion = -1;
    int subnasale = -1;
    int lips = -1;  // the most anterior point of the lips
    int chin = -1;  // the lowest protrusion before the neck (pogonion)
    int forehead = -1; // the first row above the nasion that belongs to the face no more
    int neck = -1;  // the first row below the chin that belongs to the face no more

    // Why a landmark is missing, in plain words; empty when it was found.
    QString noseTipMissing, nasionMissing, lipsMissing, chinMissing;
};

// A protrusion or a dip must stand out of its neighbours by this much to count: a little more
// than the unevenness of a skin surface drawn from an MRI, a little less than the shallowest
// real nasion or chin.
inline constexpr double kMinProfileProminenceMm = 1.0;

// Skin more than this far behind the nose tip is not the face any more: the neck under the
// chin, the top of the forehead as it turns toward the crown. The chin lies 15-35 mm behind
// the tip of the nose, the front of the neck 60-100 mm.
inline constexpr double kFaceDepthBehindTipMm = 45.0;

// `depthMm`: for each row, how far back the skin lies on the midline (larger is further from
// the viewer, in mm from any fixed plane); infinity where there is no skin. `mmPerRow`: the
// height of a row. `tipRowGuess`: where the nose tip is expected (from FaceSide); the tip is
// looked for within 15 mm of it.
ProfileLandmarks findProfileLandmarks(const std::vector<double>& depthMm, double mmPerRow, int tipRowGuess);

// The profile smoothed over `radiusMm` (a moving mean of the rows with skin), so that one
// noisy row of an MRI surface cannot make a landmark. Rows without skin stay without.
std::vector<double> smoothProfile(const std::vector<double>& depthMm, double mmPerRow, double radiusMm);

} // namespace scanshield::volume

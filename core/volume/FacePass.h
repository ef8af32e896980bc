#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "volume/FaceMeasures.h"
#include "volume/FaceRegion.h"
#include "volume/FaceSide.h"
#include "volume/HeadVolumes.h"
#include "volume/SoftwareRenderer.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace scanshield::volume {

// Eyes lie some 110 mm below the top of the head; a head that reaches this far down below its
// top holds the upper face even when the nose is cut off.
inline constexpr double kUpperFaceBelowTopMm = 90.0;

// Whether a head volume whose nose was not found still holds the upper face: its skin closes
// over the top of the head inside the volume (so it is a head, not a chest whose volume is cut
// across the body) and goes on at least kUpperFaceBelowTopMm below the top, to the eyes.
// A defaced head passes this too: it says a face may be there, never that it is gone.
bool holdsUpperFace(const Volume& volume, const SkinMask& mask);

// Whether a head whose nose is not found was defaced: the cut ScanShield would make
// (Defacer.h) finds less than kMaxHeadInFrontOfDefacedCutMl of the head in front of it. The
// brain is what places the cut, and defacing never touches the brain, so a copy's cut falls
// where the original's did, with the face already gone from in front of it. Measured: 344 ml
// in front of the cut on the GE CT that starts at the eyes, 667 on the demo head, 1791 on the
// MPRAGE; after defacing 12.6, 0.4 and 1.1 ml (the cut found again moves a little with the
// brain's outline). A few seconds: the brain is found.
inline constexpr double kMaxHeadInFrontOfDefacedCutMl = 50.0;
bool wasDefaced(const Volume& volume, const SkinMask& mask);

// What the face pass found in one series of a disc.
struct SeriesFace {
    QString seriesUid;
    QString modality;
    QString description;
    HeadVolumeVerdict headVolume;   // by geometry: could a face be in it?
    QString problem;                // in plain words: why no face was found, or what was
    int slices = 0;                 // of the volume built
    FaceSide side;                  // where the face is; side.confirmed: a nose was found
    FaceRegion region;              // the face region and its landmarks (when side.confirmed)
    FaceMeasures measures;          // of the original: share 100%, landmarks, relief
    // The verdict: a face can be rebuilt from this series. True when the nose was found, the
    // face region measured and the measures say so (FaceMeasures.h); false for series that are
    // not head volumes or whose face is cut off.
    bool faceVisible = false;
    RenderedImage front;            // the skin from the front (the region's framing when found)
    RenderedImage side90;           // from the patient's left
};

// For every series of a disc that is a head volume by its geometry (HeadVolumes.h): the
// volume is built, the skin found, the face located and measured, and two pictures drawn
// without GL (SoftwareRenderer.h). One series at a time, its volume freed before the next.
class FacePass {
public:
    using ProgressCallback = std::function<void(int seriesDone, int seriesTotal)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    // Pictures of this size (square); 0 leaves them out.
    void setPictureSize(int pixels) { m_pictureSize = pixels; }

    // Every series of the index, in its order: head volumes measured, the others with the
    // reason they are not.
    QList<SeriesFace> run(const media::DiscIndex& index, media::DiscSource& source) const;
    // One series.
    SeriesFace runSeries(const media::SeriesEntry& series, media::DiscSource& source) const;

private:
    ProgressCallback m_progress;
    const std::atomic_bool* m_cancel = nullptr;
    int m_pictureSize = 512;
};

} // namespace scanshield::volume

#include "volume/FacePass.h"

#include "volume/BrainMask.h"
#include "volume/Defacer.h"
#include "volume/SkinMask.h"
#include "volume/VolumeBuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "FacePass" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class FacePassText {
    Q_DECLARE_TR_FUNCTIONS(FacePass)
};

} // namespace

bool wasDefaced(const Volume& volume, const SkinMask& mask)
{
    const BrainMask brain = makeBrainMask(volume, &mask);
    if (brain.isEmpty())
        return false;
    const DefacePlane cut = findDefacePlane(volume, brain.inside);
    return cut.found && headInFrontOfCutMl(volume, mask, cut) < kMaxHeadInFrontOfDefacedCutMl;
}

bool holdsUpperFace(const Volume& volume, const SkinMask& mask)
{
    if (mask.isEmpty())
        return false;
    const double volumeHigh = heightRange(volume, 0, volume.width - 1, 0, volume.height - 1, 0, volume.depth - 1).second;
    const auto [skinLow, skinHigh] = skinHeightRange(volume, mask);
    const bool topInside = skinHigh < volumeHigh - 3.0;
    return topInside && skinHigh - skinLow >= kUpperFaceBelowTopMm;
}

SeriesFace FacePass::runSeries(const media::SeriesEntry& series, media::DiscSource& source) const
{
    SeriesFace face;
    face.seriesUid = series.uid;
    face.modality = series.modality;
    face.description = series.description;
    face.headVolume = judgeHeadVolume(series, source);
    if (!face.headVolume.isHeadVolume) {
        face.problem = face.headVolume.reason;
        return face;
    }
    VolumeBuilder builder;
    builder.setCancelFlag(m_cancel);
    const VolumeBuildResult built = builder.build(series, source);
    if (!built.ok()) {
        face.problem = built.cancelled ? FacePassText::tr("Stopped.") : built.error;
        return face;
    }
    const Volume& volume = built.volume;
    face.slices = volume.depth;
    const SkinMask mask = makeSkinMask(volume);
    if (mask.isEmpty()) {
        face.problem = FacePassText::tr("No skin was found in this scan.");
        return face;
    }
    face.side = findFaceSide(volume, mask);
    if (face.side.confirmed) {
        face.region = findFaceRegion(volume, mask, face.side);
        face.measures = measureFace(volume, mask, face.region);
        face.faceVisible = face.region.found && face.measures.measured && face.measures.faceVisible;
        if (!face.region.found)
            face.problem = face.region.reason;
        else if (face.faceVisible)
            face.problem = QCoreApplication::translate("FacePass", "A picture of your face can be rebuilt from this scan: %n of "
                                                                  "nose, eyes, lips and chin found.",
                                                      nullptr, face.measures.landmarksFound);
    } else if (holdsUpperFace(volume, mask)) {
        if (wasDefaced(volume, mask)) {
            face.faceVisible = false;
            face.problem = FacePassText::tr("The front of this head has been cut away (defaced): no face can be rebuilt from it.");
        } else {
            // Visible: eyes and brows are enough for a person to be recognised. The upper
            // face is measured so that a defaced copy can be judged against it.
            face.region = findUpperFaceRegion(volume, mask);
            if (face.region.found)
                face.measures = measureFace(volume, mask, face.region);
            face.faceVisible = true;
            face.problem = FacePassText::tr("The nose is not in this scan, but the head reaches down to the eyes: the upper part of "
                              "your face can be rebuilt from it.");
        }
    } else {
        face.problem = face.side.reason;
    }
    if (m_pictureSize > 0) {
        RenderOptions options;
        options.width = options.height = m_pictureSize;
        face.front = renderSkin(volume, mask, options);
        options.azimuthDegrees = 90.0;
        face.side90 = renderSkin(volume, mask, options);
    }
    return face;
}

QList<SeriesFace> FacePass::run(const media::DiscIndex& index, media::DiscSource& source) const
{
    QList<const media::SeriesEntry*> all;
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                all.append(&series);
    QList<SeriesFace> faces;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_cancel && m_cancel->load())
            break;
        faces.append(runSeries(*all[i], source));
        if (m_progress)
            m_progress(int(i + 1), int(all.size()));
    }
    return faces;
}

} // namespace scanshield::volume

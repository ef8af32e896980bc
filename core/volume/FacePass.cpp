#include "volume/FacePass.h"

#include "volume/SkinMask.h"
#include "volume/VolumeBuilder.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace scanshield::volume {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FacePass", text);
}

// The lowest and highest patient z (towards the head) of a voxel box.
std::pair<double, double> zRange(const Volume& volume, int i0, int i1, int j0, int j1, int k0, int k1)
{
    double low = 1e300;
    double high = -1e300;
    for (int i : {i0, i1})
        for (int j : {j0, j1})
            for (int k : {k0, k1}) {
                const double z = volume.toPatient(i, j, k)[2];
                low = std::min(low, z);
                high = std::max(high, z);
            }
    return {low, high};
}

} // namespace

bool holdsUpperFace(const Volume& volume, const SkinMask& mask)
{
    if (mask.isEmpty())
        return false;
    const double volumeHigh = zRange(volume, 0, volume.width - 1, 0, volume.height - 1, 0, volume.depth - 1).second;
    const auto [skinLow, skinHigh] = zRange(volume, mask.minI, mask.maxI, mask.minJ, mask.maxJ, mask.minK, mask.maxK);
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
        face.problem = built.cancelled ? tr("Stopped.") : built.error;
        return face;
    }
    const Volume& volume = built.volume;
    face.slices = volume.depth;
    const SkinMask mask = makeSkinMask(volume);
    if (mask.isEmpty()) {
        face.problem = tr("No skin was found in this scan.");
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
        // Counted as visible: eyes and forehead are enough for a person to be recognised, and
        // a face not measured must never be called absent.
        face.faceVisible = true;
        face.problem = tr("The nose is not in this scan to measure against, but the head reaches down to the height of "
                          "the eyes: ScanShield counts your face as visible, as it cannot prove otherwise.");
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

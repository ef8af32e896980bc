#include "exposure/FaceExposure.h"

#include "volume/FacePass.h"
#include "volume/HeadVolumes.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace scanshield::exposure {

namespace {

// This file's words for people, filed under "FaceExposure" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class FaceExposureText {
    Q_DECLARE_TR_FUNCTIONS(FaceExposure)
};

// Words that say a series shows the head, in the languages of the discs we have met.
bool saysHead(const QString& text)
{
    static const QRegularExpression head(
        QStringLiteral("head|brain|skull|cran|neuro|mprage|face|facial|orbit|sinus|kopf|sch[aä]del|hirn|cerebr|t[eê]te|cabeza|cerebro|testa"),
        QRegularExpression::CaseInsensitiveOption);
    return head.match(text).hasMatch();
}

// The distance the image positions span along the slice direction, in millimetres; 0 when
// the series has no positions.
double extentMm(const media::SeriesEntry& series)
{
    double low = 0;
    double high = 0;
    bool first = true;
    for (const media::IndexedInstance& instance : series.instances) {
        const auto& position = instance.header.imagePositionPatient;
        const auto& orientation = instance.header.imageOrientationPatient;
        if (!position || !orientation)
            continue;
        const auto& o = *orientation;
        const double normal[3] = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]};
        const double along = (*position)[0] * normal[0] + (*position)[1] * normal[1] + (*position)[2] * normal[2];
        low = first ? along : std::min(low, along);
        high = first ? along : std::max(high, along);
        first = false;
    }
    return high - low;
}

bool isVolume(const media::SeriesEntry& series)
{
    if (series.modality != QLatin1String("CT") && series.modality != QLatin1String("MR"))
        return false;
    const int images = int(std::count_if(series.instances.begin(), series.instances.end(),
                                         [](const media::IndexedInstance& i) { return i.header.isImage(); }));
    // An enhanced multi-frame volume is one file of many frames; its extent is not in the
    // index, so its frame count stands for it.
    if (images == 1 && series.frameCount() >= kMinVolumeSlices)
        return true;
    return images >= kMinVolumeSlices && extentMm(series) >= kMinVolumeExtentMm;
}


// A face finding for a series, its files listed.
Finding seriesFinding(const media::SeriesEntry& series, const QString& shownValue)
{
    Finding finding;
    finding.category = Category::Face;
    finding.attribute = QStringLiteral("volume");
    finding.standardName = FaceExposureText::tr("3D volume (%1, %2 images)").arg(series.modality).arg(series.instances.size());
    finding.value = shownValue;
    for (const media::IndexedInstance& instance : series.instances)
        finding.files.append(instance.path);
    finding.files.sort();
    finding.occurrences = 1;
    return finding;
}

void markRed(Finding& finding, const QString& plainName, const QString& explanation)
{
    finding.plainName = plainName;
    finding.explanation = explanation;
    finding.safeHarbor = QStringLiteral("face_photo");
}

void markAmber(Finding& finding, const QString& explanation)
{
    finding.plainName = FaceExposureText::tr("A 3D scan that may include your head");
    finding.explanation = explanation;
}

} // namespace

QList<Finding> faceFindings(const media::DiscIndex& index, media::DiscSource& source, const std::atomic_bool* cancel)
{
    QList<Finding> findings;
    volume::FacePass pass;
    pass.setCancelFlag(cancel);
    pass.setPictureSize(0); // the report needs the verdict, not the pictures
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series) {
                if (cancel && cancel->load())
                    return findings;
                if (series.modality != QLatin1String("CT") && series.modality != QLatin1String("MR"))
                    continue;
                const volume::SeriesFace face = pass.runSeries(series, source);
                if (!face.headVolume.isHeadVolume)
                    continue;
                Finding finding = seriesFinding(series, series.description.isEmpty() ? study.description : series.description);
                if (face.faceVisible)
                    markRed(finding, FaceExposureText::tr("Your face, in a 3D scan of your head"),
                            FaceExposureText::tr("%1 Face recognition software can match such pictures to photos of you.").arg(face.problem));
                else if (face.slices == 0 || face.side.confirmed)
                    // Not rebuilt (unreadable pictures, too uneven a stack), or a nose found but
                    // the face not measured: not known to hold no face.
                    markAmber(finding, FaceExposureText::tr("ScanShield could not look at this scan completely for your face (%1). If it "
                                          "covers your head, a picture of your face can be rebuilt from it.")
                                           .arg(face.problem));
                else
                    continue; // rebuilt, and no face on it: a chest, or the top of a head
                findings.append(finding);
            }
    return findings;
}

QList<Finding> quickFaceFindings(const media::DiscIndex& index)
{
    QList<Finding> findings;
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series) {
                if (!isVolume(series))
                    continue;
                Finding finding = seriesFinding(series, series.description.isEmpty() ? study.description : series.description);
                if (saysHead(series.description) || saysHead(study.description))
                    markRed(finding, FaceExposureText::tr("A 3D scan of your head"),
                            FaceExposureText::tr("Anyone with a copy of this disc can rebuild a picture of your face from this scan, "
                               "and face recognition software can match such pictures to photos of you."));
                else
                    markAmber(finding, FaceExposureText::tr("If this scan covers your head, a picture of your face can be rebuilt from it."));
                findings.append(finding);
            }
    return findings;
}

} // namespace scanshield::exposure

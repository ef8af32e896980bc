#include "volume/HeadVolumes.h"

#include "media/PlainWords.h"
#include "volume/SliceGeometry.h"
#include "volume/SliceStack.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "HeadVolumes" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class HeadVolumesText {
    Q_DECLARE_TR_FUNCTIONS(HeadVolumes)
};

QString mm(double value)
{
    return QString::number(value, 'f', 0);
}

// Secondary Capture Image Storage and its multi-frame kinds (1.2.840.10008.5.1.4.1.1.7.x):
// screenshots of a viewer, never a scan to rebuild anything from.
bool isSecondaryCapture(const QString& sopClassUid)
{
    static const QString kSecondaryCapture = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
    return sopClassUid == kSecondaryCapture || sopClassUid.startsWith(kSecondaryCapture + QLatin1Char('.'));
}

bool isLocalizer(const QString& imageType)
{
    return imageType.split(QLatin1Char('\\')).contains(QStringLiteral("LOCALIZER"), Qt::CaseInsensitive);
}

// The pictures of the series: single-frame files as the index knows them, multi-frame files
// from their headers (their frames' positions are not in the index).
std::vector<SliceGeometry> picturesOf(const media::SeriesEntry& series, media::DiscSource& source)
{
    std::vector<SliceGeometry> pictures;
    for (const media::IndexedInstance& instance : series.instances) {
        if (!instance.header.isImage())
            continue;
        if (instance.header.numberOfFrames <= 1) {
            pictures.push_back(sliceFromIndex(instance));
            continue;
        }
        QString error;
        for (SliceGeometry& frame : readSlicesOfFile(source, instance.path, error))
            pictures.push_back(std::move(frame));
    }
    return pictures;
}

// Pixel spacing and Image Type of the stack's first picture, which the index does not hold.
void completeFromHeader(SliceGeometry& picture, media::DiscSource& source)
{
    if (picture.pixelSpacing && !picture.imageType.isEmpty())
        return;
    QString error;
    const std::vector<SliceGeometry> read = readSlicesOfFile(source, picture.path, error);
    if (std::size_t(picture.frame) >= read.size())
        return;
    const SliceGeometry& header = read[std::size_t(picture.frame)];
    if (!picture.pixelSpacing)
        picture.pixelSpacing = header.pixelSpacing;
    if (picture.imageType.isEmpty())
        picture.imageType = header.imageType;
    if (picture.sopClassUid.isEmpty())
        picture.sopClassUid = header.sopClassUid;
}

void noBecause(HeadVolumeVerdict& verdict, const QString& reason)
{
    verdict.isHeadVolume = false;
    verdict.reason = reason;
}

} // namespace

HeadVolumeVerdict judgeHeadVolume(const media::SeriesEntry& series, media::DiscSource& source)
{
    HeadVolumeVerdict verdict;
    verdict.seriesUid = series.uid;
    const QString kind = media::modalityInWords(series.modality);
    if (series.modality != QLatin1String("CT") && series.modality != QLatin1String("MR")) {
        noBecause(verdict, HeadVolumesText::tr("%1, not a CT or MRI scan").arg(kind));
        return verdict;
    }
    const int pictures = series.frameCount();
    if (pictures == 0) {
        noBecause(verdict, HeadVolumesText::tr("this series holds no pictures"));
        return verdict;
    }
    const auto firstImage = std::find_if(series.instances.begin(), series.instances.end(),
                                         [](const media::IndexedInstance& i) { return i.header.isImage(); });
    if (isSecondaryCapture(firstImage->header.sopClassUid)) {
        noBecause(verdict, HeadVolumesText::tr("screen captures, not a scan a face can be rebuilt from"));
        return verdict;
    }
    if (pictures <= 3) {
        noBecause(verdict, HeadVolumesText::tr("only %n picture(s): a scout view or single pictures, not a 3D scan", nullptr, pictures));
        return verdict;
    }

    StackPlan plan = planStack(picturesOf(series, source), kHeadMinimumSlices);
    verdict.slices = int(plan.slices.size());
    if (!plan.ok()) {
        noBecause(verdict, plan.error);
        return verdict;
    }
    verdict.coverageMm = plan.coverageMm();

    SliceGeometry& first = plan.slices.front();
    completeFromHeader(first, source);
    if (isLocalizer(first.imageType)) {
        noBecause(verdict, HeadVolumesText::tr("scout pictures (localizers) taken to plan the scan, not a 3D scan"));
        return verdict;
    }
    if (isSecondaryCapture(first.sopClassUid)) {
        noBecause(verdict, HeadVolumesText::tr("screen captures, not a scan a face can be rebuilt from"));
        return verdict;
    }
    if (verdict.coverageMm < kHeadMinimumCoverageMm) {
        noBecause(verdict, HeadVolumesText::tr("the pictures cover only %1 mm, too little to hold a face").arg(mm(verdict.coverageMm)));
        return verdict;
    }
    if (!first.pixelSpacing) {
        // Without the size of a pixel the field of view is unknown: a face may be there.
        verdict.isHeadVolume = true;
        verdict.reason = HeadVolumesText::tr("a 3D %1 of %2 pictures over %3 mm (the pictures do not say how large they are): "
                            "a face may be rebuilt from it")
                             .arg(kind, QString::number(verdict.slices), mm(verdict.coverageMm));
        return verdict;
    }
    verdict.widthMm = first.columns * (*first.pixelSpacing)[1];
    verdict.heightMm = first.rows * (*first.pixelSpacing)[0];
    if (std::min(verdict.widthMm, verdict.heightMm) < kHeadMinimumFieldOfViewMm) {
        noBecause(verdict, HeadVolumesText::tr("each picture shows only %1 x %2 mm, too small to hold a face")
                               .arg(mm(verdict.widthMm), mm(verdict.heightMm)));
        return verdict;
    }
    verdict.isHeadVolume = true;
    verdict.reason = HeadVolumesText::tr("a 3D %1 of %2 pictures over %3 mm, each %4 x %5 mm: large enough to rebuild a face")
                         .arg(kind, QString::number(verdict.slices), mm(verdict.coverageMm), mm(verdict.widthMm),
                              mm(verdict.heightMm));
    return verdict;
}

QList<HeadVolumeVerdict> judgeHeadVolumes(const media::DiscIndex& index, media::DiscSource& source)
{
    QList<HeadVolumeVerdict> verdicts;
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                verdicts.append(judgeHeadVolume(series, source));
    return verdicts;
}

} // namespace scanshield::volume

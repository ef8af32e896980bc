#include "deid/Defacing.h"

#include "deid/UidMapper.h"
#include "volume/BrainMask.h"
#include "volume/FacePass.h"
#include "volume/FaceMeasures.h"
#include "volume/FaceSide.h"
#include "volume/HeadVolumes.h"
#include "volume/SkinMask.h"
#include "volume/VolumeBuilder.h"

#include <QCoreApplication>

#include <optional>

namespace scanshield::deid {

namespace {

// This file's words for people, filed under "Defacing" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class DefacingText {
    Q_DECLARE_TR_FUNCTIONS(Defacing)
};

const media::SeriesEntry* findSeries(const media::DiscIndex& index, const QString& uid)
{
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                if (r.uid == uid)
                    return &r;
    return nullptr;
}

QString nameOf(const media::SeriesEntry& series)
{
    return series.description.isEmpty() ? series.modality : series.description;
}

// One head as the face check needs it: the volume, its skin, and where the face is.
struct Head {
    volume::Volume volume;
    volume::SkinMask mask;
    volume::FaceSide side;
};

std::optional<Head> headOf(const media::SeriesEntry& series, media::DiscSource& source, const std::atomic_bool* cancel)
{
    volume::VolumeBuilder builder;
    builder.setCancelFlag(cancel);
    volume::VolumeBuildResult built = builder.build(series, source);
    if (!built.ok())
        return std::nullopt;
    Head head;
    head.volume = std::move(built.volume);
    head.mask = volume::makeSkinMask(head.volume);
    if (head.mask.isEmpty())
        return std::nullopt;
    head.side = volume::findFaceSide(head.volume, head.mask);
    return head;
}

// (The type is named without its namespace: lupdate cannot follow "exposure::" from here.)
using exposure::Finding;

Finding faceFinding(const media::SeriesEntry& series, const QString& why)
{
    Finding finding;
    finding.category = exposure::Category::Face;
    finding.attribute = QStringLiteral("volume");
    finding.standardName = DefacingText::tr("3D volume (%1)").arg(series.modality);
    finding.plainName = DefacingText::tr("Your face in \"%1\"").arg(nameOf(series));
    finding.explanation = why;
    finding.value = why;
    finding.safeHarbor = QStringLiteral("face_photo");
    for (const media::IndexedInstance& instance : series.instances)
        finding.files.append(instance.path);
    finding.files.sort();
    finding.occurrences = 1;
    return finding;
}

} // namespace

DefacePlan planDefacing(const media::DiscIndex& index, media::DiscSource& source, const CopySelection& selection,
                        const std::atomic_bool* cancel)
{
    DefacePlan plan;
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& series : s.series) {
                if (!selection.includes(series) || (cancel && cancel->load()))
                    continue;
                if (!volume::judgeHeadVolume(series, source).isHeadVolume)
                    continue;
                const std::optional<Head> head = headOf(series, source, cancel);
                // As the face pass decides: a nose found, or the upper face held.
                if (!head || !(head->side.confirmed || volume::holdsUpperFace(head->volume, head->mask)))
                    continue;
                plan.faceSeries << series.uid;
                plan.regions.insert(series.uid, head->side.confirmed
                                                    ? volume::findFaceRegion(head->volume, head->mask, head->side)
                                                    : volume::findUpperFaceRegion(head->volume, head->mask));
                const volume::BrainMask brain = volume::makeBrainMask(head->volume, &head->mask);
                const volume::DefacePlane plane = brain.isEmpty() ? volume::DefacePlane{}
                                                                  : volume::findDefacePlane(head->volume, brain.inside);
                if (plane.found)
                    plan.planes.insert(series.uid, plane);
                else
                    plan.problems << DefacingText::tr("%1: %2").arg(nameOf(series), brain.isEmpty() ? brain.reason : plane.reason);
            }
    return plan;
}

QList<exposure::Finding> facesLeftInCopy(const media::DiscIndex& original, const DefacePlan& plan,
                                         const media::DiscIndex& copyIndex, media::DiscSource& copySource,
                                         const DeidOptions& options)
{
    QList<exposure::Finding> findings;
    const UidMapper uids(options.uidSecret);
    for (const QString& uid : plan.faceSeries) {
        const media::SeriesEntry* before = findSeries(original, uid);
        const media::SeriesEntry* after = findSeries(copyIndex, options.retainUids ? uid : uids.mapValue(uid));
        if (!before)
            continue;
        if (!after) {
            findings << faceFinding(*before, DefacingText::tr("This scan was not found in the copy to check its face."));
            continue;
        }
        const volume::FaceRegion region = plan.regions.value(uid);
        if (!region.found) {
            // Nothing to measure the copy against: the face is not known to be gone, so the
            // copy is not called safe.
            findings << faceFinding(*after, DefacingText::tr("ScanShield cannot prove that the face is gone from this scan: %1")
                                                .arg(region.reason.isEmpty() ? DefacingText::tr("its face was not measured.") : region.reason));
            continue;
        }
        const std::optional<Head> copy = headOf(*after, copySource, nullptr);
        if (!copy) {
            findings << faceFinding(*after, DefacingText::tr("The copy of this scan could not be read back to check its face."));
            continue;
        }
        const volume::FaceMeasures measures = volume::measureFace(region, copy->volume, copy->mask);
        if (measures.faceVisible)
            findings << faceFinding(*after, measures.verdict);
    }
    return findings;
}

} // namespace scanshield::deid

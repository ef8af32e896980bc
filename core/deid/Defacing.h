#pragma once

#include "deid/DiscCopy.h"
#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "volume/Defacer.h"
#include "volume/FaceRegion.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace scanshield::deid {

// Where to cut the face away, decided before the copy: for each chosen series that is a head
// volume showing a face (volume/FacePass.h's verdict), the quickshear plane of its brain
// (volume/Defacer.h).
struct DefacePlan {
    QHash<QString, volume::DefacePlane> planes; // by original Series Instance UID
    QStringList faceSeries;                     // every chosen series whose face is visible
    // The face region of each of them on the original (the whole face when the nose was
    // found, the upper face when it is cut off: volume/FaceRegion.h), kept so that the copy
    // is measured against it without building the original volume again.
    QHash<QString, volume::FaceRegion> regions;
    QStringList problems; // "series: reason" where no cut could be found
};

DefacePlan planDefacing(const media::DiscIndex& index, media::DiscSource& source, const CopySelection& selection,
                        const std::atomic_bool* cancel = nullptr);

// The check of a defaced copy, one finding per series whose face can still be rebuilt from the
// copy by the measures of volume/FaceMeasures.h (share of the face's surface, landmarks,
// relief), or whose face cannot be measured (then it is not known to be gone). `original`:
// the disc's index, for the series' names and files; `copyIndex` and `copySource`: the copy as
// read back; `options`: those the copy was made with, to find each series under its new UID.
QList<exposure::Finding> facesLeftInCopy(const media::DiscIndex& original, const DefacePlan& plan,
                                         const media::DiscIndex& copyIndex, media::DiscSource& copySource,
                                         const DeidOptions& options);

} // namespace scanshield::deid

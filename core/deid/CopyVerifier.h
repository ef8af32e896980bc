#pragma once

#include "deid/DeidOptions.h"
#include "exposure/Finding.h"

#include <QList>
#include <QString>

namespace scanshield::exposure {
class ExposureScanner;
}

namespace scanshield::deid {

struct Verification {
    bool passed = false;
    QList<exposure::Finding> findings; // what of the original is still in the copy
    QString note;                      // why the check could not be complete, when it could not
};

// A copy is called anonymized only after this (DESIGN.md): the exposure scanner reads the
// copy, burned-in text included, and looks for the original's own details: any finding of
// the copy whose attribute still holds the original's identifying value (names, IDs, UIDs,
// dates but not times of day, places, people, devices, vendor data; placeholders such as
// ANONYMIZED excepted), or whose text mentions any name, ID or birth date the original's
// report found, fails the copy, as does any private data. A copy whose pictures could not be
// read for text fails too, with the reason in `note`: it is not known to be clean.
//
// `original`: the exposure report of the original disc. `scanner`: set up by the caller (OCR
// engine, cancel flag); its burned-in text reading is used as set. `options`: those the copy
// was made with, when known: with dates moved, a date of the copy that is an original date
// moved by the offset is what the copy should hold, even when it happens to equal another
// original date (on a disc of many dates, one moved date often lands on another).
Verification verifyCopy(const QString& copyDir, const exposure::ExposureReport& original,
                        const exposure::ExposureScanner& scanner, const DeidOptions* options = nullptr);

} // namespace scanshield::deid

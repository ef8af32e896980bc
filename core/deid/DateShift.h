#pragma once

#include <QString>

namespace scanshield::deid {

// Dates moved by a number of days, as DICOM writes them: DA "20230314" and date ranges
// "20230101-20230314", and the date part of DT "20230314101500.000+0100"; multiple values
// separated by backslashes. Values that are not dates are returned empty, so nothing that
// could not be shifted survives.
QString shiftDate(const QString& value, int days);
QString shiftDateTime(const QString& value, int days);

} // namespace scanshield::deid

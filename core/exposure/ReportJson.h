#pragma once

#include "exposure/Finding.h"

#include <QJsonObject>

namespace scanshield::exposure {

// The exposure report as JSON for `scanshield-cli report --json`. Stable fields:
// findings[].{category,attribute,name,value,files} (name is the plain-language name),
// plus standard_name, explanation, value_note, safe_harbor, uid, mentions, where, occurrences;
// summary.{<category>}.{findings,occurrences,level}; name.{places,forms}.
QJsonObject reportToJson(const ExposureReport& report);

// One finding as it stands in findings[] (also in `anonymize --json`'s verification).
QJsonObject findingToJson(const Finding& finding);

} // namespace scanshield::exposure

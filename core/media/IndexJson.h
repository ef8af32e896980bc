#pragma once

#include "media/DiscIndex.h"

#include <QJsonObject>

namespace scanshield::media {

// The disc index as JSON, for `scanshield-cli scan --json` and for tools. Field names are a
// stable interface: patients[].name, patients[].studies[].{uid,date,description,series[]},
// series[].{uid,modality,description,instances}, instances_total, files_total,
// problems[].{path,reason}.
QJsonObject indexToJson(const DiscIndex& index);

} // namespace scanshield::media

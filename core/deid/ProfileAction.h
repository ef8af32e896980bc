#pragma once

#include "deid/DeidOptions.h"

namespace scanshield::exposure {
struct AttributeInfo;
}

namespace scanshield::deid {

// What the profile does to one attribute (PS3.15 E.1.1): keep it (K), remove it (X), empty
// it (Z), put a dummy value in it (D), clean it (C: shift a date, keep a description that
// does not name the patient) or replace the UID (U).
enum class Action { Keep, Remove, Empty, Dummy, Clean, ReplaceUid };

// The action for one row of the standard's table under `options`: a selected option's
// action when its column names one (K before C, as retaining is what the option is for),
// else the Basic Profile's. Compound actions ("X/Z", "X/D", "Z/D", "X/Z/D", "X/Z/U*") leave
// the choice to the attribute's type in its IOD, which a copy of a whole disc cannot know
// file by file: the one that keeps a file valid without keeping the value is taken (Z, D,
// or U). Clean Descriptors cleans descriptions of the scan only; those of the person
// (history, diagnoses, reasons for the visit) keep the Basic Profile's action.
Action actionFor(const exposure::AttributeInfo& attribute, const DeidOptions& options);

// The letters for advocates and for the copy's README ("X", "Z"...).
const char* actionLetters(Action action);

} // namespace scanshield::deid

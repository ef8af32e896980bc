#pragma once

// How a test failure shows a stored answer: its words, not its bytes.
#include "store/Appointments.h"

#include <ostream>

namespace scanshield::store {

inline void PrintTo(const StoredAnswer& answer, std::ostream* out)
{
    *out << "{asked: " << (answer.asked ? "yes" : "no") << ", answer: \"" << answer.answer.toStdString() << "\", note: \""
         << answer.note.toStdString() << "\"}";
}

} // namespace scanshield::store

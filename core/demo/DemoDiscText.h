#pragma once

#include <QCoreApplication>

namespace scanshield::demo {

// Why the demo disc could not be written, in words for people (the window shows them), all in
// the translation context "DemoDisc" (docs/ARCHITECTURE.md, "Translations").
class DemoDiscText {
    Q_DECLARE_TR_FUNCTIONS(DemoDisc)
};

} // namespace scanshield::demo

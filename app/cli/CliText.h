#pragma once

#include <QCoreApplication>

namespace scanshield::cli {

// The words scanshield-cli prints for people, all in the translation context "cli". The
// context is written once, here, so lupdate and the running program cannot disagree on it
// (docs/ARCHITECTURE.md, "Translations"). Use: CliText::tr("Disc: %1").
class CliText {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace scanshield::cli

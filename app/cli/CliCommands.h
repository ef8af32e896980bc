#pragma once

#include <QStringList>

// The subcommands of scanshield-cli. Each takes its own arguments (without the command name)
// and returns the process exit code.
namespace scanshield::cli {

// Exit codes shared by every command.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,          // the command ran but could not do what was asked
    ExitUnreadableInput = 2, // the path given cannot be read at all
    ExitUsage = 64,          // wrong arguments (as sysexits' EX_USAGE)
};

int runScan(const QStringList& arguments);
int runMakeDemoDisc(const QStringList& arguments);
int runReport(const QStringList& arguments);

} // namespace scanshield::cli

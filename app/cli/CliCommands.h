#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

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

// Parses the arguments of a command that takes one disc PATH (help option and the PATH
// positional argument already added to `parser`). An exit code when the command is done
// (help printed, or wrong arguments explained); nullopt when it should go on.
std::optional<int> parseDiscCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments);

int runScan(const QStringList& arguments);
int runMakeDemoDisc(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runAnonymize(const QStringList& arguments);
int runSheet(const QStringList& arguments);
int runFace(const QStringList& arguments);

} // namespace scanshield::cli

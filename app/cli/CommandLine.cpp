#include "cli/CliCommands.h"
#include "cli/CliText.h"

#include <QCoreApplication>
#include <QTextStream>

namespace scanshield::cli {

std::optional<int> parseDiscCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{command} + arguments)) {
        err << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err << CliText::tr("Give exactly one PATH: a disc folder, a DICOMDIR, a ZIP or an ISO file.") << "\n";
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace scanshield::cli

#include "cli/CliCommands.h"
#include "cli/CliText.h"

#include "demo/DemoDisc.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace scanshield::cli {

int runMakeDemoDisc(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        err << CliText::tr("Usage: scanshield-cli make-demo-disc DIR") << "\n";
        return arguments.contains(QStringLiteral("--help")) ? ExitOk : ExitUsage;
    }
    const demo::DemoDiscResult result = demo::writeDemoDisc(arguments.first());
    if (!result.ok) {
        err << result.error << "\n";
        return ExitFailed;
    }
    out << CliText::tr("Wrote a fictional patient's disc with %1 image files in %2 series and %3 studies to %4")
               .arg(result.imageFiles).arg(result.seriesCount).arg(result.studyCount)
               .arg(QDir::toNativeSeparators(arguments.first()))
        << "\n";
    return ExitOk;
}

} // namespace scanshield::cli

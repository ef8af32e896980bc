// scanshield-cli: ScanShield without a window, for scripts, tests and advocates who prefer a
// terminal. It needs no display and opens no network connection.
#include "cli/CliCommands.h"
#include "cli/CliText.h"
#include "cli/PdfModule.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace {

void printUsage(QTextStream& out)
{
    out << scanshield::cli::CliText::tr(
        "Usage: scanshield-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  scan PATH [--json]        List what is on a disc (folder, DICOMDIR, ZIP or ISO).\n"
        "  report PATH [--json] [--pdf FILE [--show-values] [--large-print]]\n"
        "                            Everything on a disc that identifies the patient.\n"
        "  anonymize PATH --output DIR [--json] [options]\n"
        "                            An anonymized copy of a disc, checked before it is called safe.\n"
        "  face PATH [--json] [--png FILE]\n"
        "                            Which scans hold your face, measured, and a picture of it.\n"
        "  sheet --output FILE.pdf [--lang CODE] [--disc PATH] [--large-print]\n"
        "                            The questions to ask about AI, consent and cloud storage.\n"
        "  make-demo-disc DIR        Write a fictional patient's imaging disc into DIR.\n"
        "\n"
        "Run 'scanshield-cli COMMAND --help' for the options of a command.\n");
}

// Only a PDF needs fonts, hence a QGuiApplication, made by the PDF module; without a display
// it runs on Qt's offscreen platform, so the CLI never needs one.
bool needsGui(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "sheet") == 0)
        return true;
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--pdf") == 0)
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    QString error;
    std::unique_ptr<QCoreApplication> app = scanshield::cli::createGuiApplication(argc, argv, &error);
    if (!app)
        QTextStream(stderr) << scanshield::cli::CliText::tr("A PDF cannot be made: %1").arg(error) << "\n";
    return app;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    if (!app)
        return scanshield::cli::ExitFailed;
    QCoreApplication::setApplicationName(QStringLiteral("scanshield-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCANSHIELD_VERSION));
    scanshield::installTranslations();

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        printUsage(arguments.isEmpty() ? err : out);
        return arguments.isEmpty() ? scanshield::cli::ExitUsage : scanshield::cli::ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << "scanshield-cli " << SCANSHIELD_VERSION << "\n";
        return scanshield::cli::ExitOk;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("scan"))
        return scanshield::cli::runScan(arguments);
    if (command == QLatin1String("report"))
        return scanshield::cli::runReport(arguments);
    if (command == QLatin1String("anonymize"))
        return scanshield::cli::runAnonymize(arguments);
    if (command == QLatin1String("face"))
        return scanshield::cli::runFace(arguments);
    if (command == QLatin1String("sheet"))
        return scanshield::cli::runSheet(arguments);
    if (command == QLatin1String("make-demo-disc"))
        return scanshield::cli::runMakeDemoDisc(arguments);
    err << scanshield::cli::CliText::tr("Unknown command: %1").arg(command) << "\n\n";
    printUsage(err);
    return scanshield::cli::ExitUsage;
}

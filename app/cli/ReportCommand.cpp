#include "cli/CliCommands.h"
#include "cli/CliText.h"
#include "cli/PdfModule.h"

#include "exposure/ExposureScanner.h"
#include "exposure/ReportJson.h"
#include "report/ExposureHtml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace scanshield::cli {

namespace {

void printSummary(const exposure::ExposureReport& report, QTextStream& out)
{
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    if (!report.name.forms.isEmpty())
        out << CliText::tr("Your name appears in %1 places in %2 forms.").arg(report.name.places).arg(report.name.forms.size()) << "\n\n";
    if (!report.burnedInNote.isEmpty())
        out << report.burnedInNote << "\n\n";
    for (exposure::Category category : exposure::kAllCategories) {
        const exposure::CategorySummary summary = report.categories.value(category);
        if (summary.findings == 0)
            continue;
        out << catalogue.categoryTitle(category) << ": " << CliText::tr("items found: %1").arg(summary.findings) << "\n";
        for (const exposure::Finding& f : report.findings)
            if (f.category == category && !f.isUid)
                out << "  " << f.plainName << ": " << (f.value.isEmpty() ? f.valueNote : f.value) << "  ["
                    << CliText::tr("files: %1").arg(f.files.size()) << "]\n";
    }
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Show everything on a disc that identifies the patient."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), CliText::tr("A disc folder, a DICOMDIR, a ZIP or an ISO file."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print the report as JSON."));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"), CliText::tr("Also write the report as a PDF to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption showValuesOption(QStringLiteral("show-values"), CliText::tr("Print the values in the PDF (hidden by default)."));
    const QCommandLineOption largePrintOption(QStringLiteral("large-print"), CliText::tr("Use large print in the PDF."));
    const QCommandLineOption skipBurnedInOption(QStringLiteral("skip-burned-in-text"),
                                                CliText::tr("Do not read text burned into the pictures (the slow part); the report says so."));
    parser.addOptions({jsonOption, pdfOption, showValuesOption, largePrintOption, skipBurnedInOption});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseDiscCommand(parser, QStringLiteral("report"), arguments))
        return *done;
    const QString path = parser.positionalArguments().first();
    if (!exposure::AttributeCatalogue::embedded().isValid()) {
        err << CliText::tr("ScanShield's attribute catalogue is damaged: %1").arg(exposure::AttributeCatalogue::embedded().error()) << "\n";
        return ExitFailed;
    }
    // One reading of the disc gives both its index and the report.
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(!parser.isSet(skipBurnedInOption));
    const exposure::ExposureScanner::DiscExposure disc = scanner.scanDisc(path);
    if (!disc.scan.opened) {
        err << disc.scan.error << "\n";
        return ExitUnreadableInput;
    }
    const media::ScanResult& scan = disc.scan;
    const exposure::ExposureReport& report = disc.report;
    QString error;
    if (parser.isSet(pdfOption)) {
        report::ReportOptions options;
        options.showValues = parser.isSet(showValuesOption);
        options.largePrint = parser.isSet(largePrintOption);
        if (!writeHtmlAsPdf(report::exposureReportHtml(report, scan.index, options), report::exposureReportTitle(),
                            parser.value(pdfOption), &error)) {
            err << error << "\n";
            return ExitFailed;
        }
    }
    if (parser.isSet(jsonOption)) {
        const QByteArray json = QJsonDocument(exposure::reportToJson(report)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else {
        printSummary(report, out);
    }
    return ExitOk;
}

} // namespace scanshield::cli

// scanshield-cli sheet --output FILE.pdf: the question sheet to take to an appointment,
// tailored to a disc when one is given.
#include "cli/CliCommands.h"
#include "cli/CliText.h"
#include "cli/PdfModule.h"

#include "checklist/QuestionBank.h"
#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"
#include "exposure/ExposureScanner.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace scanshield::cli {

int runSheet(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Print the questions to ask about AI, consent forms and cloud storage."));
    parser.addHelpOption();
    const QCommandLineOption outputOption(QStringLiteral("output"), CliText::tr("The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), CliText::tr("The language of the sheet (en, es, fr, de...)."), QStringLiteral("CODE"));
    const QCommandLineOption discOption(QStringLiteral("disc"), CliText::tr("Put first the questions that matter most for this disc."), QStringLiteral("PATH"));
    const QCommandLineOption largePrintOption(QStringLiteral("large-print"), CliText::tr("Print in large letters."));
    parser.addOptions({outputOption, languageOption, discOption, largePrintOption});
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.parse(QStringList{QStringLiteral("scanshield-cli sheet")} + arguments)) {
        err << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(outputOption) || !parser.positionalArguments().isEmpty()) {
        err << CliText::tr("sheet needs --output FILE.pdf, and no other argument.") << "\n";
        return ExitUsage;
    }
    if (parser.isSet(languageOption) && !installTranslation(parser.value(languageOption))) {
        err << CliText::tr("ScanShield has no translation for \"%1\"; it has: %2.")
                   .arg(parser.value(languageOption), availableLanguages().join(QStringLiteral(", ")))
            << "\n";
        return ExitUsage;
    }
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    if (!bank.isValid()) {
        err << bank.error() << "\n";
        return ExitFailed;
    }
    checklist::DiscConcerns concerns;
    if (parser.isSet(discOption)) {
        // Text in the pictures counts: it decides whether its question comes first.
        const exposure::ExposureScanner::DiscExposure disc = exposure::ExposureScanner().scanDisc(parser.value(discOption));
        if (!disc.scan.opened) {
            err << disc.scan.error << "\n";
            return ExitUnreadableInput;
        }
        concerns = checklist::concernsOf(disc.report);
    }
    checklist::SheetOptions options;
    options.largePrint = parser.isSet(largePrintOption);
    const QString html = checklist::questionSheetHtml(checklist::tailoredAreas(bank, concerns), options);
    QString error;
    const QString pdf = QDir(parser.value(outputOption)).absolutePath();
    if (!writeHtmlAsPdf(html, checklist::questionSheetTitle(), pdf, &error)) {
        err << error << "\n";
        return ExitFailed;
    }
    out << CliText::tr("The question sheet is in %1.").arg(QDir::toNativeSeparators(pdf)) << "\n";
    return ExitOk;
}

} // namespace scanshield::cli

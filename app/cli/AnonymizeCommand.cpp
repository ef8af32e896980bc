// scanshield-cli anonymize PATH --output DIR: an anonymized copy of a disc, verified before
// it is called safe.
#include "cli/CliCommands.h"
#include "cli/CliText.h"

#include "deid/SafeCopyJob.h"
#include "exposure/ExposureScanner.h"
#include "exposure/ReportJson.h"

#include <QCoreApplication>
#include <QSet>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace scanshield::cli {

namespace {

QJsonObject toJson(const deid::SafeCopyOutcome& outcome, const QString& output)
{
    const deid::CopyResult& copy = outcome.copy;
    const deid::Verification& verification = outcome.verification;
    QJsonArray findings;
    for (const exposure::Finding& f : verification.findings)
        findings.append(exposure::findingToJson(f));
    return QJsonObject{
        {QStringLiteral("output"), QDir::toNativeSeparators(output)},
        {QStringLiteral("written"), copy.written},
        {QStringLiteral("files_written"), copy.filesWritten},
        {QStringLiteral("other_files_written"), copy.otherFilesWritten},
        {QStringLiteral("pictures_cleaned"), copy.picturesCleaned},
        {QStringLiteral("pictures_defaced"), copy.picturesDefaced},
        {QStringLiteral("not_copied"), QJsonArray::fromStringList(copy.notCopied)},
        {QStringLiteral("error"), copy.error},
        {QStringLiteral("verification"), QJsonObject{{QStringLiteral("passed"), verification.passed},
                                                     {QStringLiteral("note"), verification.note},
                                                     {QStringLiteral("findings"), findings}}},
    };
}

} // namespace

int runAnonymize(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Make an anonymized copy of a disc on this computer, and check it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), CliText::tr("A disc folder, a DICOMDIR, a ZIP or an ISO file."));
    const QCommandLineOption outputOption(QStringLiteral("output"), CliText::tr("The new folder for the copy (must not hold files)."), QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print the result as JSON."));
    const QCommandLineOption keepDates(QStringLiteral("keep-dates"), CliText::tr("Keep the real dates (by default all dates move by one offset)."));
    const QCommandLineOption removeDates(QStringLiteral("remove-dates"), CliText::tr("Remove dates as the Basic Profile says instead of moving them."));
    const QCommandLineOption keepUids(QStringLiteral("keep-uids"), CliText::tr("Keep the original reference numbers (UIDs)."));
    const QCommandLineOption keepDevice(QStringLiteral("keep-device"), CliText::tr("Keep the scanner's identity (serial numbers, station names)."));
    const QCommandLineOption keepInstitution(QStringLiteral("keep-institution"), CliText::tr("Keep the hospital's name and address."));
    const QCommandLineOption keepCharacteristics(QStringLiteral("keep-patient-characteristics"), CliText::tr("Keep age, sex, size and weight."));
    const QCommandLineOption removeDescriptions(QStringLiteral("remove-descriptions"), CliText::tr("Remove every description, even those that name nobody."));
    const QCommandLineOption cleanGraphics(QStringLiteral("clean-graphics"), CliText::tr("Also remove drawn marks and annotations (graphics) that may hold text."));
    const QCommandLineOption cleanStructured(QStringLiteral("clean-structured-content"), CliText::tr("Also clean the contents of structured reports."));
    const QCommandLineOption deface(QStringLiteral("deface"), CliText::tr("Cut the face away from 3D scans of the head, and check that it is gone."));
    const QCommandLineOption keepPixels(QStringLiteral("keep-text-in-pictures"), CliText::tr("Do not black out text burned into the pictures."));
    const QCommandLineOption leaveOut(QStringLiteral("leave-out-series"), CliText::tr("Leave this series out of the copy (its Series Instance UID; may be repeated)."), QStringLiteral("UID"));
    const QCommandLineOption includeFile(QStringLiteral("include-file"), CliText::tr("Copy this file that is not a medical image, unchanged (its path on the disc, as `scan` lists it; may be repeated)."), QStringLiteral("PATH"));
    const QCommandLineOption skipBurnedIn(QStringLiteral("skip-burned-in-text"), CliText::tr("Do not read the pictures for text; the copy then cannot be verified."));
    parser.addOptions({outputOption, jsonOption, keepDates, removeDates, keepUids, keepDevice, keepInstitution, keepCharacteristics,
                       removeDescriptions, cleanGraphics, cleanStructured, deface, keepPixels, leaveOut, includeFile, skipBurnedIn});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseDiscCommand(parser, QStringLiteral("anonymize"), arguments))
        return *done;
    if (!parser.isSet(outputOption) || (parser.isSet(keepDates) && parser.isSet(removeDates))) {
        err << CliText::tr("anonymize needs --output DIR, and at most one of --keep-dates and --remove-dates.") << "\n";
        return ExitUsage;
    }
    deid::SafeCopyRequest request;
    deid::DeidOptions& options = request.options;
    if (parser.isSet(keepDates))
        options.dates = deid::DateHandling::RetainFullDates;
    if (parser.isSet(removeDates))
        options.dates = deid::DateHandling::BasicProfile;
    options.retainUids = parser.isSet(keepUids);
    options.retainDeviceIdentity = parser.isSet(keepDevice);
    options.retainInstitutionIdentity = parser.isSet(keepInstitution);
    options.retainPatientCharacteristics = parser.isSet(keepCharacteristics);
    options.cleanDescriptors = !parser.isSet(removeDescriptions);
    options.cleanGraphics = parser.isSet(cleanGraphics);
    options.cleanStructuredContent = parser.isSet(cleanStructured);
    options.cleanPixelData = !parser.isSet(keepPixels);
    options.cleanRecognizableVisualFeatures = parser.isSet(deface);
    const QStringList leftOut = parser.values(leaveOut);
    request.selection.seriesLeftOut = QSet<QString>(leftOut.begin(), leftOut.end());
    request.selection.otherFiles = parser.values(includeFile);
    request.outputDir = QDir(parser.value(outputOption)).absolutePath();
    const QString& output = request.outputDir;

    const QString path = parser.positionalArguments().first();
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(!parser.isSet(skipBurnedIn));
    // The original's report: what must not be in the copy.
    const exposure::ExposureScanner::DiscExposure original = scanner.scanDisc(path);
    if (!original.scan.opened) {
        err << original.scan.error << "\n";
        return ExitUnreadableInput;
    }
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    if (!source) {
        err << error << "\n";
        return ExitUnreadableInput;
    }
    const deid::SafeCopyOutcome outcome = deid::SafeCopyJob(scanner).run(original.scan.index, *source, original.report, request);
    const deid::CopyResult& copy = outcome.copy;
    const deid::Verification& verification = outcome.verification;
    if (!outcome.historyNote.isEmpty())
        err << CliText::tr("Note: %1").arg(outcome.historyNote) << "\n";
    if (parser.isSet(jsonOption)) {
        const QByteArray json = QJsonDocument(toJson(outcome, output)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else if (copy.written) {
        out << CliText::tr("Copied %1 files to %2.").arg(copy.filesWritten).arg(QDir::toNativeSeparators(output)) << "\n";
        for (const QString& reason : copy.notCopied)
            out << "  " << CliText::tr("Not copied: %1").arg(reason) << "\n";
        if (verification.passed) {
            out << CliText::tr("Checked: nothing that identifies the patient was found in the copy.") << "\n";
        } else {
            out << CliText::tr("The copy is NOT safe yet: it still holds details of the patient.") << "\n";
            if (!verification.note.isEmpty())
                out << "  " << verification.note << "\n";
            for (const exposure::Finding& f : verification.findings)
                out << "  " << f.plainName << " [" << CliText::tr("files: %1").arg(f.files.size()) << "]\n";
        }
    }
    if (!copy.written) {
        err << copy.error << "\n";
        return ExitFailed;
    }
    return outcome.isSafe() ? ExitOk : ExitFailed;
}

} // namespace scanshield::cli

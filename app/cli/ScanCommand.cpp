#include "cli/CliCommands.h"
#include "cli/CliText.h"

#include "media/DiscScanner.h"
#include "media/IndexJson.h"
#include "media/PlainWords.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace scanshield::cli {

namespace {

void printSummary(const media::DiscIndex& index, QTextStream& out)
{
    // "Label: number" lines read well in every language without plural rules.
    out << CliText::tr("Disc: %1").arg(index.location) << "\n";
    out << CliText::tr("Files: %1 · medical image files: %2 · series: %3 · visits: %4")
               .arg(index.filesTotal).arg(index.instancesTotal()).arg(index.seriesTotal()).arg(index.studiesTotal())
        << "\n";
    for (const media::PatientEntry& patient : index.patients) {
        out << "\n" << CliText::tr("Patient: %1").arg(media::readablePersonName(patient.name)) << "\n";
        for (const media::StudyEntry& study : patient.studies) {
            out << "  " << CliText::tr("Visit on %1: %2").arg(media::dicomDateInWords(study.date), study.description) << "\n";
            for (const media::SeriesEntry& series : study.series)
                out << "    " << CliText::tr("%1 \"%2\": files: %3")
                                    .arg(media::modalityInWords(series.modality), series.description)
                                    .arg(series.instances.size())
                    << "\n";
        }
    }
    if (!index.problems.isEmpty()) {
        out << "\n" << CliText::tr("Files that are not readable medical images:") << "\n";
        for (const media::FileProblem& problem : index.problems)
            out << "  " << problem.path << ": " << problem.reason << "\n";
    }
}

} // namespace

int runScan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("List what is on a disc: patients, studies, series and images."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), CliText::tr("A disc folder, a DICOMDIR, a ZIP or an ISO file."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print the index as JSON."));
    parser.addOption(jsonOption);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseDiscCommand(parser, QStringLiteral("scan"), arguments))
        return *done;
    const media::ScanResult result = media::DiscScanner().scan(parser.positionalArguments().first());
    if (!result.opened) {
        err << result.error << "\n";
        return ExitUnreadableInput;
    }
    if (parser.isSet(jsonOption)) {
        // Already UTF-8: written as bytes, not decoded and re-encoded by QTextStream.
        const QByteArray json = QJsonDocument(media::indexToJson(result.index)).toJson(QJsonDocument::Indented);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    } else
        printSummary(result.index, out);
    return ExitOk;
}

} // namespace scanshield::cli

#include "media/DiscScanner.h"

#include "media/DicomDirReader.h"
#include "media/FileClassifier.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace scanshield::media {

namespace {

bool isDicomDirName(const QString& path)
{
    return QFileInfo(path).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0;
}

QString joinPath(const QString& folder, const QString& relative)
{
    return folder.isEmpty() ? relative : folder + QLatin1Char('/') + relative;
}

// The DICOMDIRs name files first, in record order; every file on the disc is visited once,
// the named ones first, so the first series becomes viewable early. Names are matched
// case-insensitively: CDs written on one system are often read on another.
struct VisitPlan {
    QList<SourceFile> order;
    QList<FileProblem> missing;
};

VisitPlan planVisit(const QList<SourceFile>& files, DiscSource& source)
{
    VisitPlan plan;
    QSet<int> planned;
    // Exact names first; the case-insensitive map is built only if some name does not match.
    QHash<QString, int> byPath;
    QHash<QString, int> byLowerPath;
    const auto findFile = [&](const QString& wanted) -> int {
        if (byPath.isEmpty())
            for (int i = 0; i < files.size(); ++i)
                byPath.insert(files[i].path, i);
        if (const auto exact = byPath.constFind(wanted); exact != byPath.constEnd())
            return *exact;
        if (byLowerPath.isEmpty())
            for (int i = 0; i < files.size(); ++i)
                byLowerPath.insert(files[i].path.toLower(), i);
        return byLowerPath.value(wanted.toLower(), -1);
    };
    for (const SourceFile& file : files) {
        if (!isDicomDirName(file.path))
            continue;
        QString error;
        const std::optional<QByteArray> bytes = source.readFile(file.path, error);
        if (!bytes)
            continue; // visited below like any file; its problem is reported there
        const DicomDirContents contents = readDicomDir(*bytes);
        const QString folder = QFileInfo(file.path).path() == QLatin1String(".") ? QString() : QFileInfo(file.path).path();
        for (const QString& referenced : contents.referencedFiles) {
            const QString wanted = joinPath(folder, referenced);
            const int found = findFile(wanted);
            if (found < 0) {
                plan.missing.append(makeProblem(wanted, ProblemKind::MissingFromDisc, {},
                                                QStringLiteral("named in %1").arg(file.path)));
                continue;
            }
            if (!planned.contains(found)) {
                planned.insert(found);
                plan.order.append(files[found]);
            }
        }
    }
    for (int i = 0; i < files.size(); ++i)
        if (!planned.contains(i))
            plan.order.append(files[i]);
    return plan;
}

} // namespace

ScanResult DiscScanner::scan(const QString& inputPath) const
{
    ScanResult result;
    QString error;
    std::unique_ptr<DiscSource> source = openDiscSource(inputPath, error);
    QList<SourceFile> files;
    if (!source || !source->listFiles(files, error)) {
        result.error = error;
        return result;
    }
    result.opened = true;
    DiscIndex& index = result.index;
    index.location = source->location();
    index.filesTotal = int(files.size());

    VisitPlan plan = planVisit(files, *source);
    index.problems = plan.missing;

    DiscIndexBuilder builder;
    ScanProgress progress;
    progress.filesTotal = index.filesTotal;
    source->visitFiles(plan.order, [&](const SourceFile& file, RandomAccessBytes& bytes) {
        if (m_cancel && m_cancel->load()) {
            result.cancelled = true;
            return false;
        }
        FileVerdict verdict = classifyFile(file, bytes, *source, m_sink);
        if (auto* dicom = std::get_if<ClassifiedDicom>(&verdict)) {
            IndexedInstance instance{file.path, file.size, std::move(dicom->header)};
            if (m_instance)
                m_instance(instance);
            builder.add(std::move(instance));
        } else if (std::holds_alternative<ClassifiedDirectory>(verdict)) {
            index.mediaDirectories.append(file.path);
        } else if (const auto* other = std::get_if<OtherFile>(&verdict)) {
            index.otherFiles.append(*other);
            index.problems.append(makeProblem(file.path, ProblemKind::NotDicom, otherFileKindSentence(other->kind),
                                              otherFileKindName(other->kind)));
        } else {
            index.problems.append(std::get<FileProblem>(verdict));
        }
        ++progress.filesDone;
        progress.currentFile = file.path;
        if (m_progress)
            m_progress(progress);
        return true;
    });
    index.patients = builder.takePatients();
    return result;
}

} // namespace scanshield::media

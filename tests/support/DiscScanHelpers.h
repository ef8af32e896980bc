#pragma once

#include "media/DiscIndex.h"
#include "media/DiscScanner.h"
#include "media/DiscSource.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>

#include <functional>
#include <memory>

namespace scanshield::test {

// A disc read as the application reads it: the index and the source its files come from.
struct OpenedDisc {
    media::ScanResult scan;
    std::unique_ptr<media::DiscSource> source;
};

inline OpenedDisc openDisc(const QString& path)
{
    OpenedDisc disc;
    disc.scan = media::DiscScanner().scan(path);
    QString error;
    disc.source = media::openDiscSource(path, error);
    return disc;
}

// The first series of the index that `wanted` accepts, or null.
inline const media::SeriesEntry* findSeries(const media::DiscIndex& index,
                                            const std::function<bool(const media::SeriesEntry&)>& wanted)
{
    for (const media::PatientEntry& patient : index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                if (wanted(series))
                    return &series;
    return nullptr;
}

inline media::ScanResult scanPath(const QString& path)
{
    return media::DiscScanner().scan(path);
}

inline const media::FileProblem* findProblem(const media::DiscIndex& index, const QString& pathSuffix)
{
    for (const media::FileProblem& p : index.problems)
        if (p.path.endsWith(pathSuffix))
            return &p;
    return nullptr;
}

inline const media::IndexedInstance* findInstance(const media::DiscIndex& index, const QString& pathSuffix)
{
    for (const media::PatientEntry& p : index.patients)
        for (const media::StudyEntry& s : p.studies)
            for (const media::SeriesEntry& r : s.series)
                for (const media::IndexedInstance& i : r.instances)
                    if (i.path.endsWith(pathSuffix))
                        return &i;
    return nullptr;
}

// sha256 of every file under a folder, to prove a scan changed nothing.
inline QMap<QString, QByteArray> hashTree(const QString& root)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            hashes.insert(path, hash.result());
        }
    }
    return hashes;
}

} // namespace scanshield::test

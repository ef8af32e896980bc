#pragma once

#include "media/DiscIndex.h"
#include "media/DiscScanner.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>

namespace scanshield::test {

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

#pragma once

#include "exposure/Finding.h"

#include <QHash>
#include <QStringList>

namespace scanshield::exposure {

// Gathers findings as the disc is examined: the same attribute with the same value is one
// finding, whichever file and nesting it comes from.
class FindingCollector {
public:
    // Adds one occurrence of `prototype` (its files and where are ignored) in `file` at `where`.
    void add(const Finding& prototype, const QString& file, const QString& where);
    // Adds `occurrences` occurrences of `prototype` spread over `files` (sorted, no file twice:
    // a disc's findings hold hundreds of thousands of file names, and sorting them again
    // here was a third of the report's time) and `where`.
    void add(const Finding& prototype, const QStringList& sortedFiles, const QStringList& where, int occurrences);
    // The findings ordered by category, attribute and value; files and places sorted, each once.
    QList<Finding> take();

private:
    struct Entry {
        Finding finding;           // files and where are filled by take()
        QStringList files;
        QStringList where;
        bool filesInOrder = true;  // sorted and unique as they stand
    };
    Entry& entryFor(const Finding& prototype);

    QHash<QString, int> m_byKey;
    QList<Entry> m_entries;
};

} // namespace scanshield::exposure

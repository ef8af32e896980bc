#pragma once

#include "exposure/Finding.h"

#include <QHash>
#include <QSet>

namespace scanshield::exposure {

// Gathers findings as the files are walked: the same attribute with the same value is one
// finding, whichever file and nesting it comes from.
class FindingCollector {
public:
    // Adds one occurrence of `prototype` (its files and where are ignored) in `file` at `where`.
    void add(const Finding& prototype, const QString& file, const QString& where);
    // The findings ordered by category, attribute and value; files sorted.
    QList<Finding> take();

private:
    struct Entry {
        Finding finding;
        QSet<QString> files;
        QSet<QString> where;
    };
    QHash<QString, int> m_byKey;
    QList<Entry> m_entries;
};

} // namespace scanshield::exposure

#include "exposure/FindingCollector.h"

#include <algorithm>
#include <iterator>

namespace scanshield::exposure {

FindingCollector::Entry& FindingCollector::entryFor(const Finding& prototype)
{
    const QString key = categoryKey(prototype.category) + QChar(0x1F) + prototype.attribute + QChar(0x1F) + prototype.value +
                        QChar(0x1F) + prototype.valueNote;
    auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd()) {
        it = m_byKey.insert(key, int(m_entries.size()));
        m_entries.append(Entry{prototype, {}, {}, true});
        m_entries.back().finding.files.clear();
        m_entries.back().finding.where.clear();
        m_entries.back().finding.occurrences = 0;
        m_entries.back().finding.boxes.clear();
    }
    Entry& entry = m_entries[*it];
    for (const QString& mention : prototype.mentions)
        if (!entry.finding.mentions.contains(mention))
            entry.finding.mentions.append(mention);
    for (const TextBox& box : prototype.boxes)
        if (!entry.finding.boxes.contains(box))
            entry.finding.boxes.append(box);
    return entry;
}

void FindingCollector::add(const Finding& prototype, const QString& file, const QString& where)
{
    Entry& entry = entryFor(prototype);
    if (!entry.files.isEmpty() && entry.files.back() != file)
        entry.filesInOrder = entry.filesInOrder && entry.files.back() < file;
    if (entry.files.isEmpty() || entry.files.back() != file)
        entry.files.append(file);
    if (!where.isEmpty() && !entry.where.contains(where))
        entry.where.append(where);
    ++entry.finding.occurrences;
}

void FindingCollector::add(const Finding& prototype, const QStringList& sortedFiles, const QStringList& where, int occurrences)
{
    Entry& entry = entryFor(prototype);
    if (entry.files.isEmpty()) {
        entry.files = sortedFiles;
    } else if (entry.filesInOrder) {
        // The same finding from another stored form of the value (padding, character set):
        // two sorted lists merged, each file once.
        QStringList merged;
        merged.reserve(entry.files.size() + sortedFiles.size());
        std::set_union(entry.files.cbegin(), entry.files.cend(), sortedFiles.cbegin(), sortedFiles.cend(),
                       std::back_inserter(merged));
        entry.files = std::move(merged);
    } else {
        entry.files += sortedFiles;
    }
    for (const QString& place : where)
        if (!place.isEmpty() && !entry.where.contains(place))
            entry.where.append(place);
    entry.finding.occurrences += occurrences;
}

QList<Finding> FindingCollector::take()
{
    QList<Finding> findings;
    findings.reserve(m_entries.size());
    for (Entry& entry : m_entries) {
        if (!entry.filesInOrder) {
            entry.files.sort();
            entry.files.removeDuplicates();
        }
        entry.finding.files = std::move(entry.files);
        entry.where.sort();
        entry.finding.where = std::move(entry.where);
        findings.append(std::move(entry.finding));
    }
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.category != b.category)
            return a.category < b.category;
        if (a.attribute != b.attribute)
            return a.attribute < b.attribute;
        return a.value < b.value;
    });
    m_entries.clear();
    m_byKey.clear();
    return findings;
}

} // namespace scanshield::exposure

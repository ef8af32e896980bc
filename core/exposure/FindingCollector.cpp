#include "exposure/FindingCollector.h"

#include <algorithm>

namespace scanshield::exposure {

void FindingCollector::add(const Finding& prototype, const QString& file, const QString& where)
{
    const QString key = categoryKey(prototype.category) + QChar(0x1F) + prototype.attribute + QChar(0x1F) + prototype.value +
                        QChar(0x1F) + prototype.valueNote;
    auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd()) {
        it = m_byKey.insert(key, int(m_entries.size()));
        m_entries.append(Entry{prototype, {}, {}});
        m_entries.back().finding.files.clear();
        m_entries.back().finding.where.clear();
        m_entries.back().finding.occurrences = 0;
        m_entries.back().finding.boxes.clear();
    }
    Entry& entry = m_entries[*it];
    entry.files.insert(file);
    if (!where.isEmpty())
        entry.where.insert(where);
    for (const QString& mention : prototype.mentions)
        if (!entry.finding.mentions.contains(mention))
            entry.finding.mentions.append(mention);
    for (const TextBox& box : prototype.boxes)
        if (!entry.finding.boxes.contains(box))
            entry.finding.boxes.append(box);
    ++entry.finding.occurrences;
}

QList<Finding> FindingCollector::take()
{
    QList<Finding> findings;
    findings.reserve(m_entries.size());
    for (Entry& entry : m_entries) {
        entry.finding.files = QStringList(entry.files.begin(), entry.files.end());
        entry.finding.files.sort();
        entry.finding.where = QStringList(entry.where.begin(), entry.where.end());
        entry.finding.where.sort();
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

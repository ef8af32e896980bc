#include "exposure/FindingBuilder.h"

#include "dicom/CharsetDecoder.h"
#include "dicom/NumberText.h"
#include "dicom/TagDictionary.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/ElementTally.h"
#include "exposure/FindingCollector.h"
#include "exposure/IdentityTokens.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

namespace scanshield::exposure {

namespace {

using Row = ElementTally::Row;
using ValueKind = ElementTally::ValueKind;

// This file's words for people. lupdate and the running program both file them under
// "FindingBuilder" (docs/ARCHITECTURE.md, "Translations").
class FindingBuilderText {
    Q_DECLARE_TR_FUNCTIONS(FindingBuilder)
};

QString binaryNote(qint64 length)
{
    return FindingBuilderText::tr("binary data, %1 bytes").arg(QLocale().toString(length));
}

bool isPrivate(const Row& row)
{
    return (row.tag >> 16) & 1;
}

bool isPrivateCreator(const Row& row)
{
    const std::uint16_t number = row.tag & 0xFFFF;
    return isPrivate(row) && number >= 0x0010 && number <= 0x00FF;
}

// Unknown or byte values (often a vendor's text in implicit VR files) count as text when
// they hold no control characters.
bool looksLikeText(const std::string& bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0 && i + 1 == bytes.size())
            continue; // trailing NUL padding
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' && c != 0x1B)
            return false;
    }
    return !bytes.empty();
}

// A row's value as a person reads it; nullopt when it is not text (binary data).
std::optional<QString> readableValue(const Row& row, const ElementTally& tally)
{
    const QByteArrayView bytes(row.value.data(), qsizetype(row.value.size()));
    const QByteArray& characterSet = tally.characterSets()[std::size_t(row.characterSet)];
    switch (row.kind) {
    case ValueKind::Text:
        return dicom::decodeDicomText(bytes, characterSet, row.vr[0] == 'P' && row.vr[1] == 'N');
    case ValueKind::Numbers:
        return dicom::numbersAsText(row.vr, reinterpret_cast<const std::uint8_t*>(row.value.data()), row.length);
    case ValueKind::Bytes:
        if (looksLikeText(row.value))
            return dicom::decodeDicomText(bytes, characterSet, false);
        return std::nullopt;
    case ValueKind::Binary:
        break;
    }
    return std::nullopt;
}

class Builder {
public:
    Builder(const ElementTally& tally, const AttributeCatalogue& catalogue, const IdentityTokens& tokens, FindingCollector& collector)
        : m_tally(tally), m_catalogue(catalogue), m_tokens(tokens), m_collector(collector)
    {
    }

    void addFindings()
    {
        for (const Row& row : m_tally.rows()) {
            if (row.files.empty())
                continue;
            const std::optional<QString> value = readableValue(row, m_tally);
            if (isPrivate(row))
                addPrivate(row, value);
            else if (const AttributeInfo* info = m_catalogue.find(row.tag))
                addCatalogued(row, *info, value);
            else if (value)
                addFreeText(row, *value);
        }
    }

private:
    void addCatalogued(const Row& row, const AttributeInfo& info, const std::optional<QString>& value)
    {
        Finding finding;
        finding.category = info.category;
        finding.attribute = dicom::tagNumber(row.tag);
        finding.standardName = info.standardName;
        finding.plainName = info.plainName();
        finding.explanation = info.explanation();
        finding.safeHarbor = info.safeHarbor;
        finding.isUid = info.isUid;
        if (value)
            finding.value = value->trimmed();
        else
            finding.valueNote = binaryNote(row.length);
        if (info.category != Category::Identity)
            finding.mentions = m_tokens.mentionsIn(finding.value);
        add(finding, row, info.standardName);
    }

    void addPrivate(const Row& row, const std::optional<QString>& value)
    {
        const AttributeInfo* privateRow = m_catalogue.privateAttributes();
        const QString creator = row.privateCreator >= 0 ? m_tally.privateCreators()[row.privateCreator] : QString();
        Finding finding;
        finding.category = Category::Private;
        finding.safeHarbor = privateRow ? privateRow->safeHarbor : QString();
        if (isPrivateCreator(row)) {
            finding.standardName = FindingBuilderText::tr("Private Creator");
            finding.attribute = dicom::tagNumber(row.tag);
            finding.plainName = FindingBuilderText::tr("The name of a vendor's private data block");
            finding.explanation = FindingBuilderText::tr("Says which maker's software wrote private data into the file; the data itself may identify you.");
        } else {
            const QString name = dicom::tagName(row.tag, creator);
            finding.standardName = name.isEmpty() ? FindingBuilderText::tr("Private data") : name;
            finding.attribute = dicom::tagNumber(row.tag) + (creator.isEmpty() ? QString() : QLatin1Char(' ') + creator);
            finding.plainName = creator.isEmpty() ? FindingBuilderText::tr("Vendor data") : FindingBuilderText::tr("Vendor data (%1)").arg(creator);
            finding.explanation = privateRow ? privateRow->explanation()
                                             : FindingBuilderText::tr("Data the scanner's maker stored in its own format; it may hold identifying details.");
        }
        if (value) {
            finding.value = value->trimmed();
            finding.mentions = m_tokens.mentionsIn(finding.value);
        } else {
            finding.valueNote = FindingBuilderText::tr("binary vendor data that may hold identifiers, %1 bytes").arg(QLocale().toString(row.length));
        }
        add(finding, row, finding.standardName);
    }

    // Not in the standard's table, so harmless in itself; free text may still name you.
    void addFreeText(const Row& row, const QString& value)
    {
        Finding finding;
        finding.mentions = m_tokens.mentionsIn(value);
        if (finding.mentions.isEmpty())
            return;
        finding.category = Category::FreeText;
        finding.attribute = dicom::tagNumber(row.tag);
        finding.standardName = dicom::tagName(row.tag);
        finding.plainName = FindingBuilderText::tr("Other text in the file");
        finding.explanation = FindingBuilderText::tr("This text is not meant to identify you, but it contains your name, an ID or your birth date.");
        finding.value = value;
        add(finding, row, finding.standardName);
    }

    void add(const Finding& finding, const Row& row, const QString& elementName)
    {
        const QStringList files = filesInOrder(row);
        QStringList where;
        for (int path : row.paths)
            if (path != 0)
                where.append(whereInFile(path, elementName));
        m_collector.add(finding, files, where, row.occurrences);
    }

    // The row's files sorted by name, by their rank among all files: sorted when they are
    // few, else marked and read in rank order, one pass over all files instead of a sort
    // for the values found in thousands of files.
    // Rows with the same files (the patient's name, ID and birth date are all in every file;
    // a series' values in each of its files) share one list: built once, and implicitly
    // shared by their findings, which saves time and most of the report's memory.
    QStringList filesInOrder(const Row& row)
    {
        const std::string key(reinterpret_cast<const char*>(row.files.data()), row.files.size() * sizeof(int));
        auto known = m_filesBySet.find(key);
        if (known == m_filesBySet.end())
            known = m_filesBySet.emplace(key, sortedFiles(row)).first;
        return known->second;
    }

    QStringList sortedFiles(const Row& row)
    {
        if (m_rankOfFile.empty())
            rankFiles();
        QStringList files;
        files.reserve(qsizetype(row.files.size()));
        if (row.files.size() == 1) {
            files.append(m_tally.files()[row.files.front()]);
            return files;
        }
        if (row.files.size() * 16 < m_fileOfRank.size()) {
            // Few files: sorting them by rank is cheaper than a pass over all files.
            std::vector<int> inOrder = row.files;
            std::sort(inOrder.begin(), inOrder.end(),
                      [this](int a, int b) { return m_rankOfFile[std::size_t(a)] < m_rankOfFile[std::size_t(b)]; });
            for (int file : inOrder)
                files.append(m_tally.files()[file]);
            return files;
        }
        m_marked.assign(m_fileOfRank.size(), false);
        for (int file : row.files)
            m_marked[std::size_t(m_rankOfFile[std::size_t(file)])] = true;
        for (std::size_t rank = 0; rank < m_marked.size(); ++rank)
            if (m_marked[rank])
                files.append(m_tally.files()[m_fileOfRank[rank]]);
        return files;
    }

    // Each file's place in the sorted list of all files: a finding's files are then put in
    // order by comparing numbers, not names.
    void rankFiles()
    {
        std::vector<int> byName(std::size_t(m_tally.files().size()));
        std::iota(byName.begin(), byName.end(), 0);
        std::sort(byName.begin(), byName.end(), [this](int a, int b) { return m_tally.files()[a] < m_tally.files()[b]; });
        m_rankOfFile.resize(byName.size());
        for (std::size_t rank = 0; rank < byName.size(); ++rank)
            m_rankOfFile[std::size_t(byName[rank])] = int(rank);
        m_fileOfRank = std::move(byName);
    }

    // Where an element sits inside its file, for advocates: "Request Attributes Sequence › Requested Procedure ID".
    QString whereInFile(int path, const QString& elementName)
    {
        QStringList names;
        for (std::uint32_t sequence : m_tally.paths()[std::size_t(path)]) {
            const QString name = dicom::tagName(sequence);
            names.append(name.isEmpty() ? dicom::tagNumber(sequence) : name);
        }
        names.append(elementName);
        return names.join(QStringLiteral(" › "));
    }

    const ElementTally& m_tally;
    const AttributeCatalogue& m_catalogue;
    const IdentityTokens& m_tokens;
    FindingCollector& m_collector;
    std::vector<int> m_rankOfFile;
    std::vector<int> m_fileOfRank;
    std::vector<bool> m_marked;
    std::unordered_map<std::string, QStringList> m_filesBySet;
};

} // namespace

// Identifiers met anywhere (another ID, a name in a sequence) are looked for in free text too.
void learnIdentifiers(const ElementTally& tally, const AttributeCatalogue& catalogue, IdentityTokens& tokens)
{
    for (const Row& row : tally.rows()) {
        if (row.files.empty() || isPrivate(row))
            continue;
        const AttributeInfo* info = catalogue.find(row.tag);
        if (!info || info->category != Category::Identity)
            continue;
        const std::optional<QString> value = readableValue(row, tally);
        if (!value)
            continue;
        if (info->safeHarbor == QLatin1String("names"))
            tokens.addName(value->trimmed());
        else if (info->safeHarbor == QLatin1String("medical_record"))
            tokens.addId(value->trimmed());
    }
}

void addTallyFindings(const ElementTally& tally, const AttributeCatalogue& catalogue, const IdentityTokens& tokens,
                      FindingCollector& collector)
{
    Builder(tally, catalogue, tokens, collector).addFindings();
}

} // namespace scanshield::exposure

#include "exposure/ElementTally.h"

#include "exposure/AttributeCatalogue.h"

#include <algorithm>
#include <cstring>

namespace scanshield::exposure {

namespace {

constexpr std::uint32_t kSpecificCharacterSet = 0x00080005;

// Trailing spaces and NULs are padding (PS3.5 6.2).
std::string_view withoutPadding(std::string_view value)
{
    while (!value.empty() && (value.back() == ' ' || value.back() == '\0'))
        value.remove_suffix(1);
    return value;
}

template <typename T>
void appendBytes(std::string& key, T value)
{
    key.append(reinterpret_cast<const char*>(&value), sizeof(value));
}

} // namespace

ElementTally::ElementTally(const AttributeCatalogue& catalogue) : m_catalogue(catalogue)
{
    m_characterSets.push_back(QByteArray()); // 0: none declared (ASCII)
    m_paths.emplace_back();                  // 0: the top level
    m_pathByKey.emplace(std::string(), 0);
}

void ElementTally::beginFile(const QString& path)
{
    const auto known = m_fileByPath.constFind(path);
    if (known != m_fileByPath.constEnd()) {
        m_file = *known;
    } else {
        m_file = int(m_files.size());
        m_files.append(path);
        m_complete.push_back(false);
        m_fileByPath.insert(path, m_file);
    }
    m_scopes.assign(1, Scope{});
    m_sequenceTags.clear();
    m_sequencePaths.clear();
    m_pending.clear();
    m_ordinal = 0;
}

void ElementTally::element(const media::RawElement& element)
{
    if (element.length == 0 || m_scopes.empty())
        return; // an empty value reveals nothing
    Scope& scope = m_scopes.back();
    const std::string_view value = element.value ? std::string_view(reinterpret_cast<const char*>(element.value), element.length)
                                                 : std::string_view();
    if (element.tag == kSpecificCharacterSet && element.value)
        scope.characterSet = internCharacterSet(withoutPadding(value));
    const bool isPrivate = (element.tag >> 16) & 1;
    const std::uint16_t number = element.tag & 0xFFFF;
    if (isPrivate && number >= 0x0010 && number <= 0x00FF && element.value) {
        const std::uint32_t block = ((element.tag >> 16) << 8) | number;
        scope.creators.emplace_back(block, internPrivateCreator(value));
    }
    media::RawElement kept = element;
    ValueKind kind = ValueKind::Binary;
    if (element.value) {
        switch (media::vrKind(element.vr)) {
        case media::VrKind::Text: kind = ValueKind::Text; break;
        case media::VrKind::Numbers: kind = ValueKind::Numbers; break;
        case media::VrKind::Bytes: case media::VrKind::Other: kind = ValueKind::Bytes; break;
        }
    }
    if (kind == ValueKind::Text) {
        // Trailing spaces and NULs are padding (PS3.5 6.2): "DOE^JANE " and "DOE^JANE" are
        // one value. DCMTK hands text over without them, so both walks agree.
        kept.length = std::uint32_t(withoutPadding(value).size());
        if (kept.length == 0)
            return; // only padding: as empty as an empty value
    }
    const int characterSet = kind == ValueKind::Text || kind == ValueKind::Bytes ? scope.characterSet : 0;
    const int creator = isPrivate ? creatorOf(element.tag) : -1;

    // The same as the n-th element kept from the previous file: kept again, no lookups.
    const std::size_t ordinal = m_ordinal;
    if (ordinal < m_rowAtOrdinal.size()) {
        const int cached = m_rowAtOrdinal[ordinal];
        if (cached >= 0 && rowMatches(m_rows[std::size_t(cached)], kept, kind, characterSet, creator)) {
            ++m_ordinal;
            m_pending.emplace_back(cached, scope.path);
            return;
        }
    }
    if (!isPrivate && !m_catalogue.find(element.tag)) {
        // Harmless by the standard, unless its text names the patient: kept to be checked at
        // the end, when every name and ID on the disc is known. UIDs never name anyone.
        if (kind == ValueKind::Binary || (element.vr[0] == 'U' && element.vr[1] == 'I'))
            return;
    }
    const int row = findOrAddRow(kept, kind, characterSet, creator);
    if (ordinal >= m_rowAtOrdinal.size())
        m_rowAtOrdinal.resize(ordinal + 1, -1);
    m_rowAtOrdinal[ordinal] = row;
    ++m_ordinal;
    m_pending.emplace_back(row, scope.path);
}

bool ElementTally::rowMatches(const Row& row, const media::RawElement& element, ValueKind kind, int characterSet, int creator) const
{
    if (row.tag != element.tag || row.kind != kind || row.vr[0] != element.vr[0] || row.vr[1] != element.vr[1] ||
        row.length != element.length || row.characterSet != characterSet || row.privateCreator != creator)
        return false;
    return kind == ValueKind::Binary || std::memcmp(row.value.data(), element.value, element.length) == 0;
}

int ElementTally::findOrAddRow(const media::RawElement& element, ValueKind kind, int characterSet, int creator)
{
    m_key.clear();
    appendBytes(m_key, element.tag);
    m_key.append(element.vr, 2);
    m_key.push_back(char(kind));
    appendBytes(m_key, characterSet);
    appendBytes(m_key, creator);
    if (kind == ValueKind::Binary)
        appendBytes(m_key, element.length);
    else
        m_key.append(reinterpret_cast<const char*>(element.value), element.length);
    if (const auto found = m_rowByKey.find(std::string_view(m_key)); found != m_rowByKey.end())
        return found->second;
    Row row;
    row.tag = element.tag;
    std::memcpy(row.vr, element.vr, 2);
    row.kind = kind;
    row.length = element.length;
    row.characterSet = characterSet;
    row.privateCreator = creator;
    if (kind != ValueKind::Binary)
        row.value.assign(reinterpret_cast<const char*>(element.value), element.length);
    m_rows.push_back(std::move(row));
    m_rowByKey.emplace(m_key, int(m_rows.size()) - 1);
    return int(m_rows.size()) - 1;
}

// The creator of a private element's block, declared in the same item: (gggg,00xx) names
// the block of (gggg,xx00-xxFF).
int ElementTally::creatorOf(std::uint32_t tag) const
{
    const std::uint16_t number = tag & 0xFFFF;
    if (number < 0x1000)
        return -1;
    const std::uint32_t block = ((tag >> 16) << 8) | (number >> 8);
    for (const auto& [key, creator] : m_scopes.back().creators)
        if (key == block)
            return creator;
    return -1;
}

void ElementTally::enterSequence(std::uint32_t tag)
{
    m_sequenceTags.push_back(tag);
    const std::string_view key(reinterpret_cast<const char*>(m_sequenceTags.data()), m_sequenceTags.size() * sizeof(std::uint32_t));
    auto found = m_pathByKey.find(key);
    if (found == m_pathByKey.end()) {
        m_paths.push_back(m_sequenceTags);
        found = m_pathByKey.emplace(std::string(key), int(m_paths.size()) - 1).first;
    }
    m_sequencePaths.push_back(found->second);
}

void ElementTally::enterItem()
{
    Scope item;
    item.characterSet = m_scopes.empty() ? 0 : m_scopes.back().characterSet; // inherited unless the item declares its own
    item.path = m_sequencePaths.empty() ? 0 : m_sequencePaths.back();
    m_scopes.push_back(std::move(item));
}

void ElementTally::leaveItem()
{
    if (m_scopes.size() > 1)
        m_scopes.pop_back();
}

void ElementTally::leaveSequence()
{
    if (!m_sequenceTags.empty()) {
        m_sequenceTags.pop_back();
        m_sequencePaths.pop_back();
    }
}

void ElementTally::endFile(bool complete)
{
    if (complete && m_file >= 0) {
        for (const auto& [rowIndex, path] : m_pending) {
            Row& row = m_rows[std::size_t(rowIndex)];
            ++row.occurrences;
            if (row.files.empty() || row.files.back() != m_file)
                row.files.push_back(m_file);
            if (std::find(row.paths.begin(), row.paths.end(), path) == row.paths.end())
                row.paths.push_back(path);
        }
        m_complete[std::size_t(m_file)] = true;
    }
    m_pending.clear();
    m_file = -1;
}

bool ElementTally::isComplete(const QString& path) const
{
    const auto known = m_fileByPath.constFind(path);
    return known != m_fileByPath.constEnd() && m_complete[std::size_t(*known)];
}

int ElementTally::internCharacterSet(std::string_view value)
{
    const QByteArray bytes(value.data(), qsizetype(value.size()));
    for (std::size_t i = 0; i < m_characterSets.size(); ++i)
        if (m_characterSets[i] == bytes)
            return int(i);
    m_characterSets.push_back(bytes);
    return int(m_characterSets.size()) - 1;
}

int ElementTally::internPrivateCreator(std::string_view value)
{
    QString creator = QString::fromLatin1(value.data(), qsizetype(value.size())).trimmed();
    while (creator.endsWith(QChar(0)))
        creator.chop(1);
    creator = creator.trimmed();
    const qsizetype known = m_privateCreators.indexOf(creator);
    if (known >= 0)
        return int(known);
    m_privateCreators.append(creator);
    return int(m_privateCreators.size()) - 1;
}

} // namespace scanshield::exposure

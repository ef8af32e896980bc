#include "dicom/NumberText.h"

#include "dicom/TagDictionary.h"

#include <bit>
#include <cstring>

namespace scanshield::dicom {

namespace {

template <typename T>
T littleEndianValue(const std::uint8_t* p)
{
    static_assert(std::endian::native == std::endian::little, "values are copied as stored");
    T value;
    std::memcpy(&value, p, sizeof(T));
    return value;
}

template <typename T>
QString joined(const std::uint8_t* bytes, std::uint32_t count, QString (*format)(T))
{
    QString text;
    for (std::uint32_t i = 0; i < count; ++i) {
        if (i > 0)
            text += QLatin1Char('\\');
        text += format(littleEndianValue<T>(bytes + i * sizeof(T)));
    }
    return text;
}

template <typename T>
QString integer(T value)
{
    return QString::number(value);
}

QString singleFloat(float value)
{
    return QString::number(double(value), 'g', 9);
}

QString doubleFloat(double value)
{
    return QString::number(value, 'g', 17);
}

QString attributeTag(std::uint32_t groupAndElement)
{
    // Stored as two 16-bit numbers, group first: little endian puts the group in the low half.
    return tagNumber(((groupAndElement & 0xFFFF) << 16) | (groupAndElement >> 16));
}

template <typename T>
std::optional<QString> numbers(const std::uint8_t* bytes, std::uint32_t length, QString (*format)(T))
{
    if (length % sizeof(T) != 0 || length / sizeof(T) > std::uint32_t(kMaxNumbersAsText))
        return std::nullopt;
    return joined<T>(bytes, std::uint32_t(length / sizeof(T)), format);
}

} // namespace

std::optional<QString> numbersAsText(const char vr[2], const std::uint8_t* bytes, std::uint32_t length)
{
    if (!bytes)
        return std::nullopt;
    const auto is = [vr](const char* name) { return vr[0] == name[0] && vr[1] == name[1]; };
    if (is("US")) return numbers<std::uint16_t>(bytes, length, integer<std::uint16_t>);
    if (is("SS")) return numbers<std::int16_t>(bytes, length, integer<std::int16_t>);
    if (is("UL")) return numbers<std::uint32_t>(bytes, length, integer<std::uint32_t>);
    if (is("SL")) return numbers<std::int32_t>(bytes, length, integer<std::int32_t>);
    if (is("UV")) return numbers<std::uint64_t>(bytes, length, integer<std::uint64_t>);
    if (is("SV")) return numbers<std::int64_t>(bytes, length, integer<std::int64_t>);
    if (is("FL")) return numbers<float>(bytes, length, singleFloat);
    if (is("FD")) return numbers<double>(bytes, length, doubleFloat);
    if (is("AT")) return numbers<std::uint32_t>(bytes, length, attributeTag);
    return std::nullopt;
}

} // namespace scanshield::dicom

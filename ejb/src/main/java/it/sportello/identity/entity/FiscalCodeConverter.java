package it.sportello.identity.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link FiscalCode} as its 16 characters, as written (omocodic letters included). */
@Converter(autoApply = true)
public class FiscalCodeConverter implements AttributeConverter<FiscalCode, String> {

    @Override
    public String convertToDatabaseColumn(FiscalCode fiscalCode) {
        return fiscalCode == null ? null : fiscalCode.value();
    }

    @Override
    public FiscalCode convertToEntityAttribute(String column) {
        return column == null ? null : FiscalCode.of(column);
    }
}

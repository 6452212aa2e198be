package it.sportello.identity.boundary;

import it.sportello.identity.entity.FiscalCode;
import it.sportello.platform.BusinessException;

/** No citizen with this codice fiscale has ever logged in. */
public class UnknownCitizenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownCitizenException(FiscalCode fiscalCode) {
        super("identity.citizen.unknown", fiscalCode.value());
    }
}

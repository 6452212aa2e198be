package it.sportello.payment.entity;

/** When a payment or a stamp duty is asked: with the request, or on approval ("al rilascio"). */
public enum ChargeMoment {
    AT_REQUEST,
    AT_RELEASE
}

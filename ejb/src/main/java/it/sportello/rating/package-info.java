/**
 * Page ratings: the national model's component on the public pages ("Quanto sono chiare le
 * informazioni su questa pagina?", AgID criterion C.SI.2.6). A visitor gives 1 to 5 stars, picks
 * what went well or badly and may write a few words; nothing about the visitor is kept.
 * Administrators read, per page and over a period, how many rated, the average and the answers.
 */
package it.sportello.rating;

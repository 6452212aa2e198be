/**
 * Maps on the desk's pages: the settings of the map (tiles, attribution, geocoder, the
 * municipality's centre), the Content-Security-Policy sources they need, and the markers of the
 * operators' map. The pages draw the maps with Leaflet ({@code static/js/maps.js}); every map works
 * without tiles, and every value it shows or takes is also in the page as text.
 */
package it.sportello.web.map;

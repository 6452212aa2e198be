// The maps, drawn with Leaflet. A map field ([data-map-point]) places one point: a click on the
// map or dragging the marker fills the latitude and longitude inputs beside it, typing in them
// moves the marker, "Usa la mia posizione" asks the browser's geolocation, and the address search
// (when a geocoder is set) asks it for the typed address or, when none is typed, for the form's
// address field. The inputs are the field: without this script, or without tiles, the point is
// typed, and the server checks it. A read-only map ([data-map-view]) shows the markers it is given,
// coloured by status, each linking to its practice.
(function () {
    'use strict';

    /** The page's words for Leaflet's own controls, from the map's script tag's page. */
    var texts = (function () {
        var holder = document.querySelector('[data-map-texts]');
        return {
            zoomIn: holder ? holder.dataset.zoomIn : '+',
            zoomOut: holder ? holder.dataset.zoomOut : '-',
            marker: holder ? holder.dataset.marker : ''
        };
    })();

    function setUp(root) {
        if (typeof L === 'undefined' || root.dataset.mapReady) {
            return null;
        }
        root.dataset.mapReady = 'true';
        var canvas = root.querySelector('[data-map-canvas]') || root.querySelector('.sportello-map');
        var centre = (root.dataset.centre || '0,0').split(',').map(Number);
        var zoom = Number(root.dataset.zoom) || 14;
        var map = L.map(canvas, {attributionControl: false, zoomControl: false}).setView(centre, zoom);
        L.control.zoom({zoomInTitle: texts.zoomIn, zoomOutTitle: texts.zoomOut}).addTo(map);
        if (root.dataset.tileUrl) {
            L.tileLayer(root.dataset.tileUrl, {maxZoom: 19}).addTo(map);
            if (root.dataset.attribution) {
                var attribution = L.control.attribution({prefix: false}).addTo(map);
                attribution.addAttribution(credit(root.dataset.attribution, root.dataset.attributionUrl));
            }
        }
        return {map: map, centre: centre, zoom: zoom};
    }

    function escaped(text) {
        var span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML;
    }

    function credit(text, url) {
        return url ? '<a href="' + escaped(url) + '" rel="noopener">' + escaped(text) + '</a>' : escaped(text);
    }

    /** A coordinate as typed, with a point or a comma; NaN when it is not one. */
    function coordinate(text) {
        var plain = String(text || '').trim().replace(',', '.');
        return /^[+-]?\d{1,3}(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
    }

    function pointField(root) {
        var drawn = setUp(root);
        if (!drawn) {
            return;
        }
        var id = root.dataset.mapPoint;
        var map = drawn.map;
        var latitude = root.querySelector('[data-field-input="' + id + '.latitude"]');
        var longitude = root.querySelector('[data-field-input="' + id + '.longitude"]');
        var status = root.querySelector('[data-map-status]');
        var marker = null;

        function say(text) {
            status.textContent = text || '';
        }

        function show(lat, lon, centre) {
            if (marker === null) {
                marker = L.marker([lat, lon], {draggable: true, keyboard: false, alt: texts.marker}).addTo(map);
                marker.on('dragend', function () {
                    var moved = marker.getLatLng();
                    fill(moved.lat, moved.lng);
                    say(root.dataset.textPlaced);
                });
            } else {
                marker.setLatLng([lat, lon]);
            }
            if (centre) {
                map.setView([lat, lon], Math.max(map.getZoom(), drawn.zoom));
            }
        }

        function fill(lat, lon) {
            latitude.value = lat.toFixed(6);
            longitude.value = lon.toFixed(6);
            // Bootstrap Italia moves a label up only when its input is typed in
            [latitude, longitude].forEach(function (input) {
                var label = root.querySelector('label[for="' + input.id + '"]');
                if (label) {
                    label.classList.add('active');
                }
            });
            show(lat, lon, false);
        }

        function typed() {
            var lat = coordinate(latitude.value);
            var lon = coordinate(longitude.value);
            if (!isNaN(lat) && !isNaN(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                show(lat, lon, true);
            }
        }

        map.on('click', function (event) {
            fill(event.latlng.lat, event.latlng.lng);
            say(root.dataset.textPlaced);
        });
        latitude.addEventListener('change', typed);
        longitude.addEventListener('change', typed);
        typed();

        var locate = root.querySelector('[data-map-locate]');
        if (locate && navigator.geolocation) {
            locate.hidden = false;
            locate.addEventListener('click', function () {
                say(root.dataset.textLocating);
                navigator.geolocation.getCurrentPosition(function (position) {
                    fill(position.coords.latitude, position.coords.longitude);
                    show(position.coords.latitude, position.coords.longitude, true);
                    say(root.dataset.textLocated);
                }, function () {
                    say(root.dataset.textLocationFailed);
                }, {enableHighAccuracy: true, timeout: 15000});
            });
        }

        var search = root.querySelector('[data-map-search]');
        if (search && root.dataset.geocoderUrl) {
            search.addEventListener('click', function () {
                var input = root.querySelector('[data-map-search-input]');
                var query = input.value.trim() || formAddress(root.dataset.addressField);
                if (!query) {
                    notFound();
                    return;
                }
                var url = root.dataset.geocoderUrl;
                url += (url.indexOf('?') < 0 ? '?' : '&') + 'format=json&limit=1&q=' + encodeURIComponent(query);
                fetch(url, {headers: {Accept: 'application/json'}})
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (found) {
                        if (found.length) {
                            fill(Number(found[0].lat), Number(found[0].lon));
                            show(Number(found[0].lat), Number(found[0].lon), true);
                            say(root.dataset.textFound);
                        } else {
                            notFound();
                        }
                    }, notFound);
            });
        }

        function notFound() {
            map.setView(drawn.centre, drawn.zoom);
            say(root.dataset.textNotFound);
        }
    }

    /** The address typed in the form's address field, as one line: "Via Roma 1, 56010 Bugliano". */
    function formAddress(fieldId) {
        if (!fieldId) {
            return '';
        }
        function part(name) {
            var input = document.querySelector('[data-field-input="' + fieldId + '.' + name + '"]');
            if (!input) {
                return '';
            }
            return (input.tagName === 'SELECT' ? input.value : input.value || '').trim();
        }
        var street = [part('street'), part('number')].filter(Boolean).join(' ');
        var place = [part('cap'), part('comune') || part('city')].filter(Boolean).join(' ');
        return [street, place].filter(Boolean).join(', ');
    }

    function view(root) {
        var drawn = setUp(root);
        if (!drawn) {
            return;
        }
        var markers = JSON.parse(root.dataset.markers || '[]');
        var bounds = [];
        markers.forEach(function (item) {
            var circle = L.circleMarker([item.lat, item.lon], {
                radius: 9, color: '#1c2024', weight: 2, fillColor: item.colour, fillOpacity: 0.9,
                className: 'sportello-marker sportello-marker-' + item.status
            }).addTo(drawn.map);
            circle.bindTooltip(item.title);
            if (item.url) {
                circle.bindPopup('<strong>' + escaped(item.title) + '</strong><br/><a href="' + escaped(item.url)
                        + '">' + escaped(root.dataset.textOpen || '') + '</a>');
            }
            bounds.push([item.lat, item.lon]);
        });
        if (bounds.length === 1) {
            drawn.map.setView(bounds[0], Math.max(drawn.zoom, 16), {animate: false});
        } else if (bounds.length > 1) {
            drawn.map.fitBounds(bounds, {padding: [24, 24], maxZoom: 17, animate: false});
        }
    }

    function start() {
        document.querySelectorAll('[data-map-point]').forEach(pointField);
        document.querySelectorAll('[data-map-view]').forEach(view);
    }

    start();
    // parts of a page re-rendered by Faces come back without their maps
    var faces = window.faces || window.jsf;
    if (faces && faces.ajax && !window.sportelloMapsListening) {
        window.sportelloMapsListening = true;
        faces.ajax.addOnEvent(function (event) {
            if (event.status === 'success') {
                start();
            }
        });
    }
})();

package it.sportello.platform.metrics;

import java.util.List;

/**
 * What a component tells monitoring about itself; the web module's metrics endpoint asks every
 * one (a CDI bean of the component). Figures read from the database are the same on every node of
 * a cluster; a figure counted in memory is the node's own.
 */
public interface FigureSource {

    List<Figure> figures();
}

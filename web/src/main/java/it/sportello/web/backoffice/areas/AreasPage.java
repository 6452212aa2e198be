package it.sportello.web.backoffice.areas;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

import it.sportello.territory.boundary.AreaDraft;
import it.sportello.territory.boundary.Areas;
import it.sportello.territory.entity.Area;

/**
 * Backing bean of {@code /backoffice/aree/index.xhtml}: managers keep the municipality's
 * geographic areas, their streets and postcodes. What was typed stays on the page when a rule
 * refuses it.
 */
@Named
@ViewScoped
public class AreasPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Areas areas;

    /** Read in this request; where the view is restored on another node, read again. */
    private transient List<Area> list;

    private Map<Long, Long> placed;

    /** The id of the area being edited; null while the form creates a new one. */
    private Long editing;

    private String code;
    private String name;
    private Integer position;
    private String comuneCode;
    private String streets;
    private String postcodes;

    @PostConstruct
    void load() {
        list = areas.all();
        placed = areas.practicesPerArea();
        if (editing == null && position == null) {
            position = areas.nextPosition();
        }
    }

    public void create() {
        Area area = areas.create(draft());
        Messages.addGlobalInfo("areas.created", area.getName());
        cancel();
    }

    public void edit(Area area) {
        editing = area.getId();
        code = area.getCode();
        name = area.getName();
        position = area.getPosition();
        comuneCode = area.getComuneCode();
        streets = String.join("\n", area.getStreets());
        postcodes = String.join(", ", area.getPostcodes());
    }

    public void saveChanges() {
        Area area = areas.update(editing, draft());
        Messages.addGlobalInfo("areas.updated", area.getName());
        cancel();
    }

    public void delete(Area area) {
        areas.delete(area.getId());
        Messages.addGlobalInfo("areas.deleted", area.getName());
        if (area.getId().equals(editing)) {
            cancel();
        } else {
            load();
        }
    }

    /** Back to a new area, the form empty. */
    public void cancel() {
        editing = null;
        code = null;
        name = null;
        position = null;
        comuneCode = null;
        streets = null;
        postcodes = null;
        load();
    }

    private AreaDraft draft() {
        return new AreaDraft(
                code,
                name,
                position == null ? 0 : position,
                comuneCode,
                Area.streetsIn(streets),
                Area.postcodesIn(postcodes));
    }

    /** How many practices are placed in the area. */
    public long placedIn(Area area) {
        return placed.getOrDefault(area.getId(), 0L);
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<Area> getList() {
        if (list == null) {
            list = areas.all();
        }
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getComuneCode() {
        return comuneCode;
    }

    public void setComuneCode(String comuneCode) {
        this.comuneCode = comuneCode;
    }

    public String getStreets() {
        return streets;
    }

    public void setStreets(String streets) {
        this.streets = streets;
    }

    public String getPostcodes() {
        return postcodes;
    }

    public void setPostcodes(String postcodes) {
        this.postcodes = postcodes;
    }
}

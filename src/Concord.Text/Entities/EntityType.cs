namespace Concord.Text.Entities;

public enum EntityType
{
    Mechanism,
    Programme,
    Project,
    Organisation,
    Event,
    Place,
    Person,
}

global using Concord.Text.Tests;
